package tr.bel.kucukcekmece.kentsesi.transparency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A yearly target for one KPI of a department, or of one of its services ({@code serviceCode} ""
 * for the whole department). Set by Strategy Development (or an administrator); one target per
 * year, scope and KPI.
 */
@Entity
@Table(name = "kpi_target")
@NamedQuery(
    name = "KpiTarget.ofYear",
    query =
        "select t from KpiTarget t where t.year = :year"
            + " order by t.departmentCode, t.serviceCode, t.kpi")
@NamedQuery(
    name = "KpiTarget.find",
    query =
        "select t from KpiTarget t where t.year = :year"
            + " and t.departmentCode = :department and t.serviceCode = :service and t.kpi = :kpi")
public class KpiTarget {

  public static final String SEQUENCE = "kpi_target_seq";

  @Id private Long id;

  @Column(name = "target_year", nullable = false)
  private int year;

  @Column(name = "department_code", nullable = false, length = 40)
  private String departmentCode;

  @Column(name = "service_code", nullable = false, length = 40)
  private String serviceCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private Kpi kpi;

  @Column(name = "target_value", nullable = false)
  private double target;

  @Column(name = "set_by", nullable = false, length = 64)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private LocalDateTime setAt;

  protected KpiTarget() {}

  public KpiTarget(
      long id,
      int year,
      String departmentCode,
      String serviceCode,
      Kpi kpi,
      double target,
      String setBy,
      LocalDateTime setAt) {
    this.id = id;
    this.year = year;
    this.departmentCode = departmentCode;
    this.serviceCode = serviceCode == null ? "" : serviceCode;
    this.kpi = kpi;
    this.target = target;
    this.setBy = setBy;
    this.setAt = setAt;
  }

  public void change(double target, String setBy, LocalDateTime setAt) {
    this.target = target;
    this.setBy = setBy;
    this.setAt = setAt;
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String serviceCode() {
    return serviceCode;
  }

  public Kpi kpi() {
    return kpi;
  }

  public double target() {
    return target;
  }

  public String setBy() {
    return setBy;
  }

  public LocalDateTime setAt() {
    return setAt;
  }
}
