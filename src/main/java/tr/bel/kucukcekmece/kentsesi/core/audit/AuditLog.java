package tr.bel.kucukcekmece.kentsesi.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;

/**
 * The audit log every feature writes to: who did what to which record. It joins the caller's
 * transaction, so an action and its audit entry are committed together. Callers pass no passwords
 * and no citizens' personal data.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Transactional
  public void record(
      String actor, String action, String targetType, String targetId, String detail) {
    em.persist(new AuditEvent(Times.nowUtc(), actor, action, targetType, targetId, detail));
  }

  @Transactional
  public List<AuditEvent> recent(String targetType, String targetId, int limit) {
    var query =
        targetType != null && targetId != null
            ? em.createNamedQuery("AuditEvent.forTarget", AuditEvent.class)
                .setParameter("type", targetType)
                .setParameter("id", targetId)
            : em.createNamedQuery("AuditEvent.recent", AuditEvent.class);
    return query.setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
  }
}
