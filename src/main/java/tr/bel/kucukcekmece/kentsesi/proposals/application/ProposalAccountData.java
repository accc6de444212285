package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.identity.CitizenDataExport;
import tr.bel.kucukcekmece.kentsesi.identity.CitizenDeleted;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalComment;

/**
 * A citizen's proposal data for the KVKK export, and its anonymisation when the account is deleted:
 * proposals and comments stay as "deleted account", supports keep counting without the account,
 * follows go.
 */
@ApplicationScoped
public class ProposalAccountData {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject ProposalIndex index;

  void onDelete(@Observes CitizenDeleted deleted) {
    long id = deleted.accountId();
    List<Proposal> own =
        em.createNamedQuery("Proposal.byAuthor", Proposal.class)
            .setParameter("author", id)
            .getResultList();
    for (Proposal p : own) {
      p.anonymise();
    }
    em.createNamedQuery("ProposalComment.byAuthor", ProposalComment.class)
        .setParameter("author", id)
        .getResultList()
        .forEach(ProposalComment::anonymise);
    em.createNativeQuery("update proposal_support set account_id = null where account_id = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("update proposal_flag set account_id = null where account_id = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("delete from proposal_follow where account_id = ?")
        .setParameter(1, id)
        .executeUpdate();
    em.flush();
    for (Proposal p : own) {
      index.upsertAfterCommit(ProposalRepository.doc(em, p), true);
    }
  }

  void onExport(@Observes CitizenDataExport export) {
    long id = export.accountId();
    List<Map<String, Object>> proposals = new ArrayList<>();
    for (Proposal p :
        em.createNamedQuery("Proposal.byAuthor", Proposal.class)
            .setParameter("author", id)
            .getResultList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", p.id());
      m.put("title", p.title());
      m.put("body", p.body());
      m.put("state", p.state().name());
      m.put("createdAt", String.valueOf(Times.toOffset(p.createdAt())));
      proposals.add(m);
    }
    List<Map<String, Object>> comments = new ArrayList<>();
    for (ProposalComment c :
        em.createNamedQuery("ProposalComment.byAuthor", ProposalComment.class)
            .setParameter("author", id)
            .getResultList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("proposalId", c.proposalId());
      m.put("text", c.deleted() ? "" : c.body());
      m.put("deleted", c.deleted());
      m.put("createdAt", String.valueOf(Times.toOffset(c.createdAt())));
      comments.add(m);
    }
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("proposals", proposals);
    section.put("comments", comments);
    section.put(
        "supports",
        rows(
            "select proposal_id, created_at from proposal_support where account_id = ? "
                + "order by created_at",
            id,
            "proposalId",
            "at"));
    section.put(
        "follows",
        rows(
            "select proposal_id, created_at from proposal_follow where account_id = ? "
                + "order by created_at",
            id,
            "proposalId",
            "since"));
    section.put(
        "flags",
        rows(
            "select target_type, target_id, reason, created_at from proposal_flag where "
                + "account_id = ? order by created_at",
            id,
            "targetType",
            "targetId",
            "reason",
            "at"));
    export.sections().put("participation", section);
  }

  private List<Map<String, Object>> rows(String sql, long id, String... names) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object row : em.createNativeQuery(sql).setParameter(1, id).getResultList()) {
      Object[] r = (Object[]) row;
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        m.put(names[i], r[i] instanceof Number n ? (Object) n.longValue() : String.valueOf(r[i]));
      }
      out.add(m);
    }
    return out;
  }
}
