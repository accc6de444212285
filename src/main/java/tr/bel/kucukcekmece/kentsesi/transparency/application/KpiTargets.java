package tr.bel.kucukcekmece.kentsesi.transparency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.TargetRequest;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.TargetView;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Kpi;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.KpiTarget;

/**
 * Yearly KPI targets per department or service. Everyone on the dashboards reads them; only
 * Strategy Development officials and administrators set or remove them, and every change is in the
 * audit log.
 */
@ApplicationScoped
public class KpiTargets {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject Catalog catalog;

  @Inject AuditLog audit;

  @Inject IdBlocks ids;

  static String key(String department, String service, Kpi kpi) {
    return department + "|" + service + "|" + kpi;
  }

  /** The year's targets by {@link #key}. */
  @Transactional
  public Map<String, Double> targetsOf(int year) {
    Map<String, Double> out = new HashMap<>();
    for (KpiTarget t : list(year)) {
      out.put(key(t.departmentCode(), t.serviceCode(), t.kpi()), t.target());
    }
    return out;
  }

  @Transactional
  public List<KpiTarget> list(int year) {
    return em.createNamedQuery("KpiTarget.ofYear", KpiTarget.class)
        .setParameter("year", year)
        .getResultList();
  }

  /** Sets (creates or changes) one target. */
  @Transactional
  public TargetView set(TargetRequest r, SessionUser user) {
    requireStrategy(user);
    CatalogSnapshot snap = catalog.snapshot();
    ApiException.Collector errors = new ApiException.Collector();
    if (r.year() == null) {
      errors.add("year", "validation.required");
    } else if (r.year() < 2000 || r.year() > 2100) {
      errors.add("year", "transparency.periodRange");
    }
    String dept =
        r.departmentCode() == null ? null : r.departmentCode().trim().toUpperCase(Locale.ROOT);
    if (dept == null || dept.isEmpty()) {
      errors.add("departmentCode", "validation.required");
    } else if (snap.department(dept).isEmpty()) {
      errors.add("departmentCode", "validation.department", r.departmentCode());
    }
    String service =
        r.serviceCode() == null || r.serviceCode().isBlank()
            ? ""
            : r.serviceCode().trim().toUpperCase(Locale.ROOT);
    if (!service.isEmpty()
        && (snap.service(service).isEmpty()
            || (dept != null && !snap.service(service).get().departmentCode().equals(dept)))) {
      errors.add("serviceCode", "feedback.serviceNotInDepartment", r.serviceCode());
    }
    Kpi kpi = null;
    if (r.kpi() == null || r.kpi().isBlank()) {
      errors.add("kpi", "validation.required");
    } else {
      try {
        kpi = Kpi.valueOf(r.kpi().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add("kpi", "transparency.kpiUnknown", r.kpi());
      }
    }
    if (r.target() == null) {
      errors.add("target", "validation.required");
    } else if (kpi != null && (r.target().isNaN() || !kpi.validTarget(r.target()))) {
      errors.add("target", "transparency.targetRange." + kpi.name());
    }
    errors.throwIfAny();
    var now = Times.nowUtc();
    KpiTarget t =
        em.createNamedQuery("KpiTarget.find", KpiTarget.class)
            .setParameter("year", r.year())
            .setParameter("department", dept)
            .setParameter("service", service)
            .setParameter("kpi", kpi)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (t == null) {
      t =
          new KpiTarget(
              ids.next(KpiTarget.SEQUENCE),
              r.year(),
              dept,
              service,
              kpi,
              r.target(),
              user.username(),
              now);
      em.persist(t);
    } else {
      t.change(r.target(), user.username(), now);
    }
    audit.record(
        user.username(),
        "KPI_TARGET_SET",
        "kpi-target",
        key(dept, service, kpi) + "|" + r.year(),
        "target=" + r.target());
    return view(t);
  }

  @Transactional
  public void remove(long id, SessionUser user) {
    requireStrategy(user);
    KpiTarget t = em.find(KpiTarget.class, id);
    if (t == null) {
      throw ApiException.notFound("not-found");
    }
    em.remove(t);
    audit.record(
        user.username(),
        "KPI_TARGET_REMOVED",
        "kpi-target",
        key(t.departmentCode(), t.serviceCode(), t.kpi()) + "|" + t.year(),
        null);
  }

  public static TargetView view(KpiTarget t) {
    return new TargetView(
        t.id(),
        t.year(),
        t.departmentCode(),
        t.serviceCode(),
        t.kpi(),
        t.target(),
        t.setBy(),
        Times.toOffset(t.setAt()));
  }

  private static void requireStrategy(SessionUser user) {
    if (!TransparencyService.seesAll(user)) {
      throw ApiException.forbidden("transparency-targets-strategy-only");
    }
  }
}
