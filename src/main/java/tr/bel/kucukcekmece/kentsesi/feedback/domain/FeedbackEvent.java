package tr.bel.kucukcekmece.kentsesi.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;

/** One step in a submission's timeline. Internal events and the actor are for officials only. */
@Entity
@Table(name = "feedback_event")
@NamedQuery(
    name = "FeedbackEvent.ofFeedback",
    query = "select e from FeedbackEvent e where e.feedbackId = :id order by e.occurredAt, e.id")
public class FeedbackEvent {

  /** Ids come from the {@code feedback_event_seq} sequence through IdBlocks. */
  public static final String SEQUENCE = "feedback_event_seq";

  @Id private Long id;

  @Column(name = "feedback_id", nullable = false)
  private long feedbackId;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 24)
  private EventType type;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private FeedbackStatus status;

  @Column(length = 4000)
  private String note;

  @Column(nullable = false)
  private boolean internal;

  @Column(length = 64)
  private String actor;

  @Column(name = "from_department", length = 40)
  private String fromDepartment;

  @Column(name = "to_department", length = 40)
  private String toDepartment;

  protected FeedbackEvent() {}

  public FeedbackEvent(
      long id,
      long feedbackId,
      LocalDateTime occurredAt,
      EventType type,
      FeedbackStatus status,
      String note,
      String actor) {
    this.id = id;
    this.feedbackId = feedbackId;
    this.occurredAt = occurredAt;
    this.type = type;
    this.status = status;
    this.note = note;
    this.internal = !type.isPublic();
    this.actor = actor;
  }

  public FeedbackEvent between(String fromDepartment, String toDepartment) {
    this.fromDepartment = fromDepartment;
    this.toDepartment = toDepartment;
    return this;
  }

  public Long id() {
    return id;
  }

  public LocalDateTime occurredAt() {
    return occurredAt;
  }

  public EventType type() {
    return type;
  }

  public FeedbackStatus status() {
    return status;
  }

  public String note() {
    return note;
  }

  public boolean internal() {
    return internal;
  }

  public String actor() {
    return actor;
  }

  public String fromDepartment() {
    return fromDepartment;
  }

  public String toDepartment() {
    return toDepartment;
  }
}
