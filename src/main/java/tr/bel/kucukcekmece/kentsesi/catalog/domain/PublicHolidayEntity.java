package tr.bel.kucukcekmece.kentsesi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The stored row of a public holiday, full or half day, used for working-day deadlines; the rest of
 * the portal sees it as {@link tr.bel.kucukcekmece.kentsesi.catalog.PublicHoliday}.
 */
@Entity
@Table(name = "public_holiday")
@NamedQuery(
    name = "PublicHolidayEntity.all",
    query = "select h from PublicHolidayEntity h order by h.date")
@NamedQuery(name = "PublicHolidayEntity.deleteAll", query = "delete from PublicHolidayEntity h")
public class PublicHolidayEntity {

  @Id
  @Column(name = "holiday_date")
  private LocalDate date;

  @Column(name = "name_tr", nullable = false)
  private String nameTr;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "half_day", nullable = false)
  private boolean halfDay;

  protected PublicHolidayEntity() {}

  public PublicHolidayEntity(CatalogFile.HolidayEntry e) {
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
