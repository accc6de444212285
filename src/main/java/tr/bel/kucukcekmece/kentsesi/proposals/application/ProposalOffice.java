package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Milestone;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalEvent;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.TextChecks;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Visibility;

/**
 * The officials' side: the department queue (scoped like the feedback inbox: an OFFICIAL sees the
 * departments of the account, ADMIN all), threshold-reached proposals first by answer due date;
 * answers (a state and a public reason), milestones of the accountability timeline, and the
 * department of a proposal (ADMIN).
 */
@ApplicationScoped
public class ProposalOffice {

  static final Set<ProposalState> OPEN =
      EnumSet.of(
          ProposalState.PUBLISHED,
          ProposalState.UNDER_EVALUATION,
          ProposalState.ACCEPTED,
          ProposalState.IN_PROGRESS);

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject ProposalRepository repository;

  @Inject ProposalCodes codes;

  @Inject ProposalMailer mailer;

  @Inject AuditLog audit;

  /**
   * The queue: first proposals past the threshold awaiting an answer (earliest due first), then the
   * rest.
   */
  @Transactional
  public List<Proposal> queue(SessionUser user, String departmentInput, int limit) {
    ApiException.Collector errors = new ApiException.Collector();
    String department = codes.department(departmentInput, errors);
    errors.throwIfAny();
    boolean admin = user.hasRole(Role.ADMIN);
    if (department != null && !user.canActFor(department)) {
      throw ApiException.forbidden("forbidden");
    }
    List<String> scope =
        department != null
            ? List.of(department)
            : admin ? null : new ArrayList<>(user.departments());
    if (scope != null && scope.isEmpty()) {
      return List.of();
    }
    String where =
        "p.visibility = :public and p.state in :open"
            + (scope == null ? "" : " and p.departmentCode in :d");
    var due =
        em.createQuery(
            "select p from Proposal p where "
                + where
                + " and p.thresholdReachedAt is not null and "
                + "p.answeredAt is null order by p.answerDueDate, p.id",
            Proposal.class);
    var rest =
        em.createQuery(
            "select p from Proposal p where "
                + where
                + " and (p.thresholdReachedAt is null or "
                + "p.answeredAt is not null) order by p.supportCount desc, p.id desc",
            Proposal.class);
    for (var q : List.of(due, rest)) {
      q.setParameter("public", Visibility.PUBLIC).setParameter("open", OPEN).setMaxResults(limit);
      if (scope != null) {
        q.setParameter("d", scope);
      }
    }
    List<Proposal> out = new ArrayList<>(due.getResultList());
    if (out.size() < limit) {
      out.addAll(rest.setMaxResults(limit - out.size()).getResultList());
    }
    return out;
  }

  /** Moves the proposal to the next state with a public reason; followers are told by e-mail. */
  @Transactional
  public Proposal answer(SessionUser user, long id, String stateInput, String reasonInput) {
    ApiException.Collector errors = new ApiException.Collector();
    var state = ProposalState.parse(stateInput);
    if (stateInput == null || stateInput.isBlank()) {
      errors.add("state", "validation.required");
    } else if (state.isEmpty()
        || state.get() == ProposalState.PUBLISHED
        || state.get() == ProposalState.WITHDRAWN) {
      errors.add("state", "proposal.answerState", String.valueOf(stateInput));
    }
    String reason = TextChecks.clean(reasonInput);
    if (reason == null || reason.isEmpty()) {
      errors.add("reason", "validation.required");
    } else if (reason.length() > 4000) {
      errors.add("reason", "validation.Size", 1, 4000);
    }
    errors.throwIfAny();
    Proposal p = repository.findForUpdate(id);
    requireScope(user, p);
    if (p.visibility() != Visibility.PUBLIC) {
      throw ApiException.conflict("proposal-not-public");
    }
    ProposalState next = state.get();
    if (!p.state().officialNext().contains(next)) {
      throw ApiException.conflict("proposal-transition", p.state().name(), next.name());
    }
    LocalDateTime now = Times.nowUtc();
    p.moveTo(next, reason, now);
    em.persist(new ProposalEvent(id, now, ProposalEvent.Type.STATE_CHANGED, next, reason));
    repository.reindex(p, true);
    mailer.stateChanged(p, reason);
    audit.record(user.username(), "PROPOSAL_ANSWERED", "proposal", Long.toString(id), next.name());
    return p;
  }

  /** Adds a step to an accepted proposal's accountability timeline (progress never goes back). */
  @Transactional
  public Milestone addMilestone(
      SessionUser user, long id, String dateInput, String textInput, Integer progress) {
    ApiException.Collector errors = new ApiException.Collector();
    LocalDate date = null;
    if (dateInput == null || dateInput.isBlank()) {
      errors.add("date", "validation.required");
    } else {
      date =
          tr.bel.kucukcekmece.kentsesi.core.rest.InputDates.parse("date", dateInput, null, errors);
    }
    String text = TextChecks.clean(textInput);
    if (text == null || text.isEmpty()) {
      errors.add("text", "validation.required");
    } else if (text.length() > 2000) {
      errors.add("text", "validation.Size", 1, 2000);
    }
    if (progress == null) {
      errors.add("progress", "validation.required");
    } else if (progress < 0 || progress > 100) {
      errors.add("progress", "proposal.progressRange");
    }
    errors.throwIfAny();
    Proposal p = repository.findForUpdate(id);
    requireScope(user, p);
    if (!p.state().accepted()) {
      throw ApiException.conflict("proposal-not-accepted", p.state().name());
    }
    List<Milestone> earlier =
        em.createNamedQuery("Milestone.ofProposal", Milestone.class)
            .setParameter("proposal", id)
            .getResultList();
    int last = earlier.stream().mapToInt(Milestone::progress).max().orElse(0);
    if (progress < last) {
      throw ApiException.invalid("progress", "proposal.progressBackwards", last);
    }
    Milestone m = new Milestone(id, date, text, progress, Times.nowUtc());
    em.persist(m);
    audit.record(
        user.username(), "PROPOSAL_MILESTONE", "proposal", Long.toString(id), progress + "%");
    return m;
  }

  /** ADMIN: sets or changes the department that answers the proposal. */
  @Transactional
  public Proposal assignDepartment(SessionUser user, long id, String departmentInput) {
    ApiException.Collector errors = new ApiException.Collector();
    String department = codes.department(departmentInput, errors);
    if (department == null && errors.isEmpty()) {
      errors.add("departmentCode", "validation.required");
    }
    errors.throwIfAny();
    Proposal p = repository.findForUpdate(id);
    p.assignDepartment(department);
    repository.reindex(p, true);
    audit.record(user.username(), "PROPOSAL_DEPARTMENT", "proposal", Long.toString(id), department);
    return p;
  }

  private static void requireScope(SessionUser user, Proposal p) {
    boolean ok =
        user.hasRole(Role.ADMIN)
            || (p.departmentCode() != null && user.canActFor(p.departmentCode()));
    if (!ok) {
      throw ApiException.forbidden("forbidden");
    }
  }

  static String upper(String s) {
    return s == null ? null : s.toUpperCase(Locale.ROOT);
  }
}
