package tr.bel.kucukcekmece.kentsesi.proposals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A step of an accepted proposal's accountability timeline: a date, what happened and the progress
 * reached.
 */
@Entity
@Table(name = "proposal_milestone")
@NamedQuery(
    name = "Milestone.ofProposal",
    query = "select m from Milestone m where m.proposalId = :proposal order by m.on, m.id")
public class Milestone {

  @Id
  @SequenceGenerator(
      name = "proposal_milestone_seq",
      sequenceName = "proposal_milestone_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_milestone_seq")
  private Long id;

  @Column(name = "proposal_id", nullable = false)
  private long proposalId;

  @Column(name = "milestone_on", nullable = false)
  private LocalDate on;

  @Column(nullable = false, length = 2000)
  private String description;

  @Column(nullable = false)
  private int progress;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected Milestone() {}

  public Milestone(
      long proposalId, LocalDate on, String description, int progress, LocalDateTime createdAt) {
    this.proposalId = proposalId;
    this.on = on;
    this.description = description;
    this.progress = progress;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public LocalDate on() {
    return on;
  }

  public String description() {
    return description;
  }

  public int progress() {
    return progress;
  }
}
