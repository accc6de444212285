package tr.bel.kucukcekmece.kentsesi.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A citizen's proposal. The support count is kept on the row and changed only by an atomic update
 * in the same transaction as the support row (so concurrent supports are all counted); a proposal
 * reaching the threshold gets the date by which its department must answer. The author is null once
 * the author's account was deleted.
 */
@Entity
@Table(name = "proposal")
@NamedQuery(name = "Proposal.all", query = "select p from Proposal p order by p.id")
@NamedQuery(
    name = "Proposal.byAuthor",
    query = "select p from Proposal p where p.authorId = :author order by p.id")
@NamedQuery(
    name = "Proposal.recentByAuthor",
    query =
        "select p from Proposal p where p.authorId = :author and p.createdAt > :since order by p.createdAt desc")
public class Proposal {

  @Id private Long id;

  @Column(nullable = false, length = 150)
  private String title;

  @Column(nullable = false, length = 6000)
  private String body;

  @Column(name = "department_code", length = 40)
  private String departmentCode;

  @Column(name = "neighbourhood_code", length = 40)
  private String neighbourhoodCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ProposalState state;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Visibility visibility;

  @Column(name = "moderation_note", length = 500)
  private String moderationNote;

  @Column(name = "held_reason", length = 40)
  private String heldReason;

  @Column(name = "open_flags", nullable = false)
  private int openFlags;

  @Column(name = "last_flagged_at")
  private LocalDateTime lastFlaggedAt;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name", length = 80)
  private String authorName;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "support_count", nullable = false)
  private int supportCount;

  @Column(name = "threshold_reached_at")
  private LocalDateTime thresholdReachedAt;

  @Column(name = "answer_due_date")
  private LocalDate answerDueDate;

  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  @Column(name = "completed_at")
  private LocalDateTime completedAt;

  @Column(name = "state_reason", length = 4000)
  private String stateReason;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  protected Proposal() {}

  public Proposal(
      long id,
      String title,
      String body,
      String departmentCode,
      String neighbourhoodCode,
      long authorId,
      String authorName,
      LocalDateTime createdAt,
      String heldReason) {
    this.id = id;
    this.title = title;
    this.body = body;
    this.departmentCode = departmentCode;
    this.neighbourhoodCode = neighbourhoodCode;
    this.authorId = authorId;
    this.authorName = authorName;
    this.createdAt = createdAt;
    this.state = ProposalState.PUBLISHED;
    this.heldReason = heldReason;
    this.visibility = heldReason == null ? Visibility.PUBLIC : Visibility.PENDING;
  }

  /** Moves to a new state; the first acceptance or rejection is the department's answer. */
  public void moveTo(ProposalState next, String reason, LocalDateTime now) {
    state = next;
    if (reason != null) {
      stateReason = reason;
    }
    if (next.isAnswer() && answeredAt == null) {
      answeredAt = now;
    }
    if (next == ProposalState.COMPLETED) {
      completedAt = now;
    }
  }

  public void withdraw() {
    state = ProposalState.WITHDRAWN;
  }

  public void hide(String note) {
    visibility = Visibility.HIDDEN;
    moderationNote = note;
    openFlags = 0;
  }

  /**
   * Publishes a held proposal, or restores a hidden or flagged one (its open flags are dismissed).
   */
  public void restore() {
    visibility = Visibility.PUBLIC;
    moderationNote = null;
    heldReason = null;
    openFlags = 0;
  }

  public void assignDepartment(String code) {
    departmentCode = code;
  }

  public void anonymise() {
    authorId = null;
    authorName = null;
  }

  public boolean isPublic() {
    return visibility == Visibility.PUBLIC;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public String departmentCode() {
    return departmentCode;
  }

  public String neighbourhoodCode() {
    return neighbourhoodCode;
  }

  public ProposalState state() {
    return state;
  }

  public Visibility visibility() {
    return visibility;
  }

  public String moderationNote() {
    return moderationNote;
  }

  public String heldReason() {
    return heldReason;
  }

  public int openFlags() {
    return openFlags;
  }

  public LocalDateTime lastFlaggedAt() {
    return lastFlaggedAt;
  }

  public Long authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public int supportCount() {
    return supportCount;
  }

  public LocalDateTime thresholdReachedAt() {
    return thresholdReachedAt;
  }

  public LocalDate answerDueDate() {
    return answerDueDate;
  }

  public LocalDateTime answeredAt() {
    return answeredAt;
  }

  public LocalDateTime completedAt() {
    return completedAt;
  }

  public String stateReason() {
    return stateReason;
  }
}
