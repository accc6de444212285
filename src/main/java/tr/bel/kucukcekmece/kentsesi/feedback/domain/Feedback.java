package tr.bel.kucukcekmece.kentsesi.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;

/**
 * A citizen's submission (feedback, request, complaint, information request, suggestion or thanks).
 * Its rules: officials move it through the allowed statuses, ANSWERED and RESOLVED need a public
 * response, the citizen can rate the resolution once and reopen it within 15 days of the answer.
 * Contact data is kept only encrypted and is erased after the retention period while the anonymous
 * record stays.
 */
@Entity
@Table(name = "feedback")
@NamedQuery(
    name = "Feedback.byTrackingCode",
    query = "select f from Feedback f where f.trackingCode = :code")
@NamedQuery(
    name = "Feedback.byIdempotencyKey",
    query = "select f from Feedback f where f.idempotencyKey = :key")
@NamedQuery(
    name = "Feedback.dueForErasure",
    query =
        "select f from Feedback f where f.closedAt < :before and f.contactCiphertext is not null")
public class Feedback {

  /** How long after the answer a citizen may reopen. */
  public static final Duration REOPEN_WINDOW = Duration.ofDays(15);

  /** Ids come from the {@code feedback_seq} sequence through IdBlocks. */
  public static final String SEQUENCE = "feedback_seq";

  @Id private Long id;

  @Column(name = "tracking_code", nullable = false, length = 20)
  private String trackingCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private FeedbackKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private FeedbackStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Channel channel;

  @Column(name = "service_code", nullable = false, length = 40)
  private String serviceCode;

  @Column(name = "department_code", nullable = false, length = 40)
  private String departmentCode;

  @Column(name = "neighbourhood_code", length = 40)
  private String neighbourhoodCode;

  private Short rating;

  @Column(name = "comment_text", length = 4000)
  private String comment;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(name = "contact_ciphertext", length = 4000)
  private String contactCiphertext;

  @Column(name = "notify_email", nullable = false)
  private boolean notifyEmail;

  @Column(name = "kvkk_notice_version", length = 20)
  private String kvkkNoticeVersion;

  @Column(name = "kvkk_acknowledged_at")
  private LocalDateTime kvkkAcknowledgedAt;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "first_response_at")
  private LocalDateTime firstResponseAt;

  @Column(name = "resolved_at")
  private LocalDateTime resolvedAt;

  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Column(name = "public_response", length = 4000)
  private String publicResponse;

  @Column(length = 64)
  private String assignee;

  @Column(name = "resolution_rating")
  private Short resolutionRating;

  @Column(name = "resolution_rated_at")
  private LocalDateTime resolutionRatedAt;

  @Column(name = "contact_erased_at")
  private LocalDateTime contactErasedAt;

  @Column(name = "idempotency_key", length = 128)
  private String idempotencyKey;

  @Column(name = "idempotency_fingerprint", length = 64)
  private String idempotencyFingerprint;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  protected Feedback() {}

  /** A new submission, RECEIVED now. */
  public Feedback(
      long id,
      String trackingCode,
      FeedbackKind kind,
      Channel channel,
      String serviceCode,
      String departmentCode,
      String neighbourhoodCode,
      Integer rating,
      String comment,
      String language,
      LocalDateTime createdAt,
      LocalDate dueDate) {
    this.id = id;
    this.trackingCode = trackingCode;
    this.kind = kind;
    this.status = FeedbackStatus.RECEIVED;
    this.channel = channel;
    this.serviceCode = serviceCode;
    this.departmentCode = departmentCode;
    this.neighbourhoodCode = neighbourhoodCode;
    this.rating = rating == null ? null : rating.shortValue();
    this.comment = comment;
    this.language = language;
    this.createdAt = createdAt;
    this.dueDate = dueDate;
  }

  /** Attaches encrypted contact data with the KVKK acknowledgement it was given under. */
  public void attachContact(
      String ciphertext, boolean hasEmail, String noticeVersion, LocalDateTime acknowledgedAt) {
    this.contactCiphertext = ciphertext;
    this.notifyEmail = hasEmail;
    this.kvkkNoticeVersion = noticeVersion;
    this.kvkkAcknowledgedAt = acknowledgedAt;
  }

  /**
   * A new tracking code for a submission not yet stored, after its first one clashed with an
   * existing code.
   */
  public void newTrackingCode(String code) {
    this.trackingCode = code;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  /**
   * The request's fingerprint kept with its key (null for submissions stored before fingerprints
   * were kept).
   */
  public String idempotencyFingerprint() {
    return idempotencyFingerprint;
  }

  /**
   * The Idempotency-Key the submission came with, and the fingerprint of the request it was sent
   * with.
   */
  public void idempotencyKey(String key, String fingerprint) {
    this.idempotencyKey = key;
    this.idempotencyFingerprint = fingerprint;
  }

  /**
   * An official's status change. Returns false when the transition is not allowed; ANSWERED and
   * RESOLVED need a public response (given now or earlier).
   */
  public boolean changeStatus(FeedbackStatus to, String response, LocalDateTime now) {
    if (!status.officialTargets().contains(to)) {
      return false;
    }
    if (response != null && !response.isBlank()) {
      this.publicResponse = response.strip();
    }
    if (to.needsPublicResponse() && (publicResponse == null || publicResponse.isBlank())) {
      return false;
    }
    this.status = to;
    if (to.isAnsweredOrDone() && firstResponseAt == null) {
      firstResponseAt = now;
    }
    if ((to == FeedbackStatus.ANSWERED || to == FeedbackStatus.RESOLVED) && resolvedAt == null) {
      resolvedAt = now;
    }
    if (to == FeedbackStatus.CLOSED) {
      closedAt = now;
      if (resolvedAt == null) {
        resolvedAt = now;
      }
    }
    return true;
  }

  public void assignTo(String username) {
    this.assignee = username;
  }

  /**
   * Forwarded to another department (law 3071 art. 5); the due date stays, the work starts again
   * there.
   */
  public void transferTo(String departmentCode, String serviceCode) {
    this.departmentCode = departmentCode;
    this.serviceCode = serviceCode;
    this.assignee = null;
    if (status == FeedbackStatus.IN_PROGRESS) {
      status = FeedbackStatus.RECEIVED;
    }
  }

  /** Until when the citizen may reopen, or null when it cannot be reopened. */
  public LocalDateTime reopenUntil() {
    if (!status.isAnsweredOrDone() || resolvedAt == null) {
      return null;
    }
    return resolvedAt.plus(REOPEN_WINDOW);
  }

  public boolean canReopen(LocalDateTime now) {
    LocalDateTime until = reopenUntil();
    return until != null && !now.isAfter(until);
  }

  public void reopen(LocalDateTime now) {
    status = FeedbackStatus.REOPENED;
    reopenCount++;
    resolvedAt = null;
    closedAt = null;
    resolutionRating = null;
    resolutionRatedAt = null;
  }

  /** Not yet answered and past its due date (an İstanbul calendar date). */
  public boolean isOverdue(LocalDate today) {
    return !status.isAnsweredOrDone() && dueDate.isBefore(today);
  }

  public boolean canRateResolution() {
    return status.isAnsweredOrDone() && resolutionRating == null;
  }

  public void rateResolution(int value, LocalDateTime now) {
    resolutionRating = (short) value;
    resolutionRatedAt = now;
  }

  /** KVKK periodic destruction: the contact goes, the anonymous record stays. */
  public void eraseContact(LocalDateTime now) {
    contactCiphertext = null;
    notifyEmail = false;
    contactErasedAt = now;
  }

  public Long id() {
    return id;
  }

  public String trackingCode() {
    return trackingCode;
  }

  public FeedbackKind kind() {
    return kind;
  }

  public FeedbackStatus status() {
    return status;
  }

  public Channel channel() {
    return channel;
  }

  public String serviceCode() {
    return serviceCode;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String neighbourhoodCode() {
    return neighbourhoodCode;
  }

  public Integer rating() {
    return rating == null ? null : rating.intValue();
  }

  public String comment() {
    return comment;
  }

  public String language() {
    return language;
  }

  public String contactCiphertext() {
    return contactCiphertext;
  }

  public boolean notifyEmail() {
    return notifyEmail;
  }

  public String kvkkNoticeVersion() {
    return kvkkNoticeVersion;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public LocalDateTime firstResponseAt() {
    return firstResponseAt;
  }

  public LocalDateTime resolvedAt() {
    return resolvedAt;
  }

  public LocalDateTime closedAt() {
    return closedAt;
  }

  public int reopenCount() {
    return reopenCount;
  }

  public String publicResponse() {
    return publicResponse;
  }

  public String assignee() {
    return assignee;
  }

  public Integer resolutionRating() {
    return resolutionRating == null ? null : resolutionRating.intValue();
  }

  public LocalDateTime contactErasedAt() {
    return contactErasedAt;
  }
}
