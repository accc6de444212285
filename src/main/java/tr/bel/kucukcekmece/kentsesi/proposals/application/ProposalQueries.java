package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.ListQuery;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Milestone;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalComment;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalEvent;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Visibility;

/**
 * The read side that the API and the server-rendered pages share: one proposal with everything its
 * page shows for a viewer, and the list's search parameters checked and completed with their
 * defaults.
 */
@ApplicationScoped
public class ProposalQueries {

  static final Set<String> SORTS = Set.of("relevance", "supports", "newest", "trending");
  public static final int PAGE_SIZE = 20;

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject ProposalRepository repository;

  @Inject ProposalCodes codes;

  /** A proposal with everything its page shows, for the given viewer. */
  public record Details(
      Proposal proposal,
      List<ProposalEvent> events,
      List<Milestone> milestones,
      List<ProposalComment> comments,
      boolean supportedByMe,
      boolean followedByMe,
      boolean mine) {}

  /**
   * The proposal as the viewer may see it: held ones only for their author and moderators (404 for
   * others).
   */
  @Transactional
  public Details details(long id, Optional<SessionUser> viewer) {
    Proposal p = em.find(Proposal.class, id);
    Long me = viewer.filter(u -> u.hasRole(Role.CITIZEN)).map(SessionUser::accountId).orElse(null);
    boolean moderator =
        viewer.map(u -> u.hasRole(Role.MODERATOR) || u.hasRole(Role.ADMIN)).orElse(false);
    boolean official = viewer.map(u -> u.hasRole(Role.OFFICIAL)).orElse(false);
    if (p == null
        || (p.visibility() == Visibility.PENDING
            && !moderator
            && !official
            && (me == null || !me.equals(p.authorId())))) {
      throw ApiException.notFound("proposal-not-found");
    }
    List<ProposalEvent> events =
        em.createNamedQuery("ProposalEvent.ofProposal", ProposalEvent.class)
            .setParameter("proposal", id)
            .getResultList();
    List<Milestone> milestones =
        em.createNamedQuery("Milestone.ofProposal", Milestone.class)
            .setParameter("proposal", id)
            .getResultList();
    List<ProposalComment> comments =
        em
            .createNamedQuery("ProposalComment.ofProposal", ProposalComment.class)
            .setParameter("proposal", id)
            .getResultList()
            .stream()
            .filter(
                c ->
                    c.visibility() != Visibility.PENDING
                        || moderator
                        || (me != null && me.equals(c.authorId())))
            .toList();
    boolean supported =
        me != null
            && repository.count(
                    "select count(*) from proposal_support where proposal_id = ? "
                        + "and account_id = ?",
                    id,
                    me)
                > 0;
    boolean followed =
        me != null
            && repository.count(
                    "select count(*) from proposal_follow where proposal_id = ? "
                        + "and account_id = ?",
                    id,
                    me)
                > 0;
    return new Details(
        p,
        events,
        milestones,
        comments,
        supported,
        followed,
        me != null && me.equals(p.authorId()));
  }

  /**
   * Checks the list parameters (each bad one named) and fills in the defaults: sort by relevance
   * when there is a search text and by newest otherwise, page 1, {@value #PAGE_SIZE} per page. A
   * null {@code size} takes the default.
   */
  public ListQuery listQuery(
      String q,
      String department,
      String neighbourhood,
      String state,
      String sort,
      String page,
      String size) {
    ApiException.Collector errors = new ApiException.Collector();
    String text = q == null || q.isBlank() ? null : q.strip();
    if (text != null && text.length() > 200) {
      errors.add("q", "validation.Size", 1, 200);
    }
    String dept = codes.departmentFilter(department, errors);
    String nbh = codes.neighbourhoodFilter(neighbourhood, errors);
    String st = null;
    if (state != null && !state.isBlank()) {
      st = ProposalState.parse(state).map(Enum::name).orElse(null);
      if (st == null) {
        errors.add("state", "proposal.stateUnknown", state);
      }
    }
    String so =
        sort == null || sort.isBlank()
            ? (text != null ? "relevance" : "newest")
            : sort.strip().toLowerCase(Locale.ROOT);
    if (!SORTS.contains(so)) {
      errors.add("sort", "proposal.sortUnknown", sort);
    }
    int pg = intParam("page", page, 1, 1, 500, errors);
    int sz = intParam("size", size, PAGE_SIZE, 1, 50, errors);
    errors.throwIfAny();
    return new ListQuery(text, dept, nbh, st, so, pg, sz);
  }

  private static int intParam(
      String name, String value, int fallback, int min, int max, ApiException.Collector errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(value.strip());
      if (v < min || v > max) {
        errors.add(name, "proposal.range", min, max);
        return fallback;
      }
      return v;
    } catch (NumberFormatException e) {
      errors.add(name, "proposal.range", min, max);
      return fallback;
    }
  }
}
