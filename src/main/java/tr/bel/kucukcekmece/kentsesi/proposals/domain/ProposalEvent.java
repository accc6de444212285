package tr.bel.kucukcekmece.kentsesi.proposals.domain;

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
 * One entry of a proposal's public history (published, state changes with reasons, threshold
 * reached).
 */
@Entity
@Table(name = "proposal_event")
@NamedQuery(
    name = "ProposalEvent.ofProposal",
    query =
        "select e from ProposalEvent e where e.proposalId = :proposal order by e.occurredAt, e.id")
public class ProposalEvent {

  /** Kinds of history entries. */
  public enum Type {
    PUBLISHED,
    STATE_CHANGED,
    THRESHOLD_REACHED,
    WITHDRAWN,
    HIDDEN,
    RESTORED
  }

  @Id
  @SequenceGenerator(
      name = "proposal_event_seq",
      sequenceName = "proposal_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_event_seq")
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private long proposalId;

  @Column(name = "occurred_at", nullable = false)
  private LocalDateTime occurredAt;

  @Column(name = "event_type", nullable = false, length = 20)
  private String type;

  @Column(length = 20)
  private String state;

  @Column(length = 4000)
  private String note;

  protected ProposalEvent() {}

  public ProposalEvent(
      long proposalId, LocalDateTime occurredAt, Type type, ProposalState state, String note) {
    this.proposalId = proposalId;
    this.occurredAt = occurredAt;
    this.type = type.name();
    this.state = state == null ? null : state.name();
    this.note = note;
  }

  public LocalDateTime occurredAt() {
    return occurredAt;
  }

  public String type() {
    return type;
  }

  public String state() {
    return state;
  }

  public String note() {
    return note;
  }
}
