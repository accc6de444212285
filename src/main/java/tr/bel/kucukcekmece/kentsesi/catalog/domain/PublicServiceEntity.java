package tr.bel.kucukcekmece.kentsesi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The stored row of a public service of a department with its service standard: the maximum
 * response time in days, counted in working days or calendar days. The rest of the portal sees it
 * as {@link tr.bel.kucukcekmece.kentsesi.catalog.PublicService}.
 */
@Entity
@Table(name = "public_service")
@NamedQuery(
    name = "PublicServiceEntity.all",
    query = "select s from PublicServiceEntity s order by s.departmentCode, s.sortOrder")
public class PublicServiceEntity {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "department_code", nullable = false, length = 40)
  private String departmentCode;

  @Column(name = "name_tr", nullable = false)
  private String nameTr;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "description_tr", length = 2000)
  private String descriptionTr;

  @Column(name = "description_en", length = 2000)
  private String descriptionEn;

  @Column(name = "keywords_tr", length = 1000)
  private String keywordsTr;

  @Column(name = "keywords_en", length = 1000)
  private String keywordsEn;

  @Column(name = "response_days", nullable = false)
  private int responseDays;

  @Column(name = "working_days", nullable = false)
  private boolean workingDays;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  protected PublicServiceEntity() {}

  public PublicServiceEntity(String code) {
    this.code = code;
  }

  public void update(CatalogFile.ServiceEntry e, String departmentCode, int sortOrder) {
    this.departmentCode = departmentCode;
    this.nameTr = e.name().tr();
    this.nameEn = e.name().en();
    this.descriptionTr = e.description().tr();
    this.descriptionEn = e.description().en();
    this.keywordsTr = e.keywords().tr();
    this.keywordsEn = e.keywords().en();
    this.responseDays = e.responseDays();
    this.workingDays = e.workingDays();
    this.sortOrder = sortOrder;
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public String code() {
    return code;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String nameTr() {
    return nameTr;
  }

  public String nameEn() {
    return nameEn;
  }

  public String descriptionTr() {
    return descriptionTr;
  }

  public String descriptionEn() {
    return descriptionEn;
  }

  public String keywordsTr() {
    return keywordsTr;
  }

  public String keywordsEn() {
    return keywordsEn;
  }

  public int responseDays() {
    return responseDays;
  }

  public boolean workingDays() {
    return workingDays;
  }

  public boolean active() {
    return active;
  }
}
