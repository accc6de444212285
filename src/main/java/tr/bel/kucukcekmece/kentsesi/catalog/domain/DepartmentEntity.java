package tr.bel.kucukcekmece.kentsesi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The stored row of a department (müdürlük); the rest of the portal sees it as {@link
 * tr.bel.kucukcekmece.kentsesi.catalog.Department}. Departments dropped from the catalog file stay,
 * inactive, for history.
 */
@Entity
@Table(name = "department")
@NamedQuery(
    name = "DepartmentEntity.all",
    query = "select d from DepartmentEntity d order by d.sortOrder")
public class DepartmentEntity {

  @Id
  @Column(length = 40)
  private String code;

  @Column(name = "name_tr", nullable = false)
  private String nameTr;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "description_tr", length = 2000)
  private String descriptionTr;

  @Column(name = "description_en", length = 2000)
  private String descriptionEn;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  protected DepartmentEntity() {}

  public DepartmentEntity(String code) {
    this.code = code;
  }

  public void update(
      String nameTr, String nameEn, String descriptionTr, String descriptionEn, int sortOrder) {
    this.nameTr = nameTr;
    this.nameEn = nameEn;
    this.descriptionTr = descriptionTr;
    this.descriptionEn = descriptionEn;
    this.sortOrder = sortOrder;
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public String code() {
    return code;
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

  public int sortOrder() {
    return sortOrder;
  }

  public boolean active() {
    return active;
  }
}
