package tr.bel.kucukcekmece.kentsesi.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A comment on a proposal, or a reply to one (one level only). The author may edit it for ten
 * minutes and delete it (the text is then replaced by "deleted", the place in the thread stays).
 */
@Entity
@Table(name = "proposal_comment")
@NamedQuery(
    name = "ProposalComment.ofProposal",
    query =
        "select c from ProposalComment c where c.proposalId = :proposal order by c.createdAt, c.id")
@NamedQuery(
    name = "ProposalComment.byAuthor",
    query = "select c from ProposalComment c where c.authorId = :author order by c.id")
@NamedQuery(
    name = "ProposalComment.recentByAuthor",
    query =
        "select c from ProposalComment c where c.authorId = :author and c.createdAt > :since "
            + "order by c.createdAt desc")
public class ProposalComment {

  public static final Duration EDIT_WINDOW = Duration.ofMinutes(10);

  @Id
  @SequenceGenerator(
      name = "proposal_comment_seq",
      sequenceName = "proposal_comment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_comment_seq")
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private long proposalId;

  @Column(name = "parent_id")
  private Long parentId;

  @Column(name = "author_id")
  private Long authorId;

  @Column(name = "author_name", length = 80)
  private String authorName;

  @Column(nullable = false, length = 2000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "edited_at")
  private LocalDateTime editedAt;

  @Column(nullable = false)
  private boolean deleted;

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

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  protected ProposalComment() {}

  public ProposalComment(
      long proposalId,
      Long parentId,
      long authorId,
      String authorName,
      String body,
      LocalDateTime createdAt,
      String heldReason) {
    this.proposalId = proposalId;
    this.parentId = parentId;
    this.authorId = authorId;
    this.authorName = authorName;
    this.body = body;
    this.createdAt = createdAt;
    this.heldReason = heldReason;
    this.visibility = heldReason == null ? Visibility.PUBLIC : Visibility.PENDING;
  }

  public boolean editableAt(LocalDateTime now) {
    return !deleted && now.isBefore(createdAt.plus(EDIT_WINDOW));
  }

  public void edit(String text, LocalDateTime now, String heldReason) {
    body = text;
    editedAt = now;
    if (heldReason != null) {
      this.heldReason = heldReason;
      visibility = Visibility.PENDING;
    }
  }

  public void delete() {
    deleted = true;
    body = "";
  }

  public void hide(String note) {
    visibility = Visibility.HIDDEN;
    moderationNote = note;
    openFlags = 0;
  }

  public void restore() {
    visibility = Visibility.PUBLIC;
    moderationNote = null;
    heldReason = null;
    openFlags = 0;
  }

  public void anonymise() {
    authorId = null;
    authorName = null;
  }

  public Long id() {
    return id;
  }

  public long proposalId() {
    return proposalId;
  }

  public Long parentId() {
    return parentId;
  }

  public Long authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  public String body() {
    return body;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime editedAt() {
    return editedAt;
  }

  public boolean deleted() {
    return deleted;
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
}
