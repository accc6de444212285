package tr.bel.kucukcekmece.kentsesi.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One entry of the audit log: who did what to which record, and when. Never holds passwords or
 * citizens' data.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = "AuditEvent.recent",
    query = "select e from AuditEvent e order by e.occurredAt desc, e.id desc")
@NamedQuery(
    name = "AuditEvent.forTarget",
    query =
        "select e from AuditEvent e where e.targetType = :type and e.targetId = :id order by e.occurredAt desc, e.id desc")
public class AuditEvent {

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(nullable = false, length = 64)
  private String action;

  @Column(name = "target_type", length = 64)
  private String targetType;

  @Column(name = "target_id", length = 128)
  private String targetId;

  @Column(length = 2000)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      LocalDateTime occurredAt,
      String actor,
      String action,
      String targetType,
      String targetId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public Long id() {
    return id;
  }

  public LocalDateTime occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String targetType() {
    return targetType;
  }

  public String targetId() {
    return targetId;
  }

  public String detail() {
    return detail;
  }
}
