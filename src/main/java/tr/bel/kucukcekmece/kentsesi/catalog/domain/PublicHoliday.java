package tr.bel.kucukcekmece.kentsesi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A public holiday, full or half day, used for working-day deadlines. */
@Entity
@Table(name = "public_holiday")
@NamedQuery(name = "PublicHoliday.all", query = "select h from PublicHoliday h order by h.date")
@NamedQuery(name = "PublicHoliday.deleteAll", query = "delete from PublicHoliday h")
public class PublicHoliday {

  @Id
  @Column(name = "holiday_date")
  private LocalDate date;

  @Column(name = "name_tr", nullable = false)
  private String nameTr;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "half_day", nullable = false)
  private boolean halfDay;

  protected PublicHoliday() {}

  public PublicHoliday(CatalogFile.HolidayEntry e) {
    this.date = e.date();
    this.nameTr = e.name().tr();
    this.nameEn = e.name().en();
    this.halfDay = e.halfDay();
  }

  public LocalDate date() {
    return date;
  }

  public String nameTr() {
    return nameTr;
  }

  public String nameEn() {
    return nameEn;
  }

  public boolean halfDay() {
    return halfDay;
  }
}
