package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.InboxFigures;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;

/**
 * The officials' inbox: the submissions of the departments a user may see, filtered, most urgent
 * first, a page at a time, with the counts per status. OFFICIALs see their own departments, ADMIN
 * sees all.
 */
@ApplicationScoped
public class Inbox implements InboxFigures {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject Catalog catalog;

  /** Filters of the inbox; null means any. */
  public record InboxQuery(
      String department,
      List<FeedbackStatus> statuses,
      FeedbackKind kind,
      String service,
      String neighbourhood,
      String due,
      String after,
      int limit) {}

  /**
   * One page of the inbox, the counts per status under the same filters, and the cursor of the next
   * page.
   */
  public record InboxPage(
      List<Feedback> items, Map<FeedbackStatus, Long> counts, long total, String nextCursor) {}

  /**
   * One page of the inbox. Each (department, status) partition is read separately along the index
   * on (department, status, due date, id), so a page costs a few short index scans however large
   * the table is; the partitions are merged by due date. The counts per status come from a cache
   * that is at most {@link #COUNT_TTL_NANOS} old (they are for orientation; the list itself is
   * always current).
   */
  @Transactional
  public InboxPage inbox(InboxQuery q, SessionUser user) {
    List<String> departments = scope(user, q.department());
    int limit = Math.max(1, Math.min(q.limit() <= 0 ? 25 : q.limit(), 100));
    StringBuilder where = new StringBuilder();
    Map<String, Object> params = new java.util.HashMap<>();
    if (q.kind() != null) {
      where.append(" and f.kind = :kind");
      params.put("kind", q.kind());
    }
    if (q.service() != null && !q.service().isBlank()) {
      where.append(" and f.serviceCode = :service");
      params.put("service", q.service().trim().toUpperCase(Locale.ROOT));
    }
    if (q.neighbourhood() != null && !q.neighbourhood().isBlank()) {
      where.append(" and f.neighbourhoodCode = :neighbourhood");
      params.put("neighbourhood", q.neighbourhood().trim().toUpperCase(Locale.ROOT));
    }
    LocalDate today = Times.todayInIstanbul();
    if ("overdue".equals(q.due()) || "soon".equals(q.due())) {
      where.append(" and f.status not in :done");
      params.put(
          "done", List.of(FeedbackStatus.ANSWERED, FeedbackStatus.RESOLVED, FeedbackStatus.CLOSED));
      if ("overdue".equals(q.due())) {
        where.append(" and f.dueDate < :today");
        params.put("today", today);
      } else {
        where.append(" and f.dueDate >= :today and f.dueDate <= :soon");
        params.put("today", today);
        params.put("soon", today.plusDays(3));
      }
    } else if (q.due() != null && !q.due().isBlank()) {
      throw ApiException.invalid("due", "feedback.dueFilter");
    }
    Map<FeedbackStatus, Long> counts = counts(departments, where.toString(), params);
    Map<String, Object> pageParams = new java.util.HashMap<>(params);
    StringBuilder pageWhere = new StringBuilder(where);
    if (q.after() != null && !q.after().isBlank()) {
      Cursor c = Cursor.parse(q.after());
      pageWhere.append(" and (f.dueDate > :cDue or (f.dueDate = :cDue and f.id > :cId))");
      pageParams.put("cDue", c.due());
      pageParams.put("cId", c.id());
    }
    List<FeedbackStatus> partitions =
        q.statuses() == null ? java.util.Collections.singletonList(null) : q.statuses();
    List<Feedback> rows = new ArrayList<>();
    for (String department : departments) {
      for (FeedbackStatus status : partitions) {
        TypedQuery<Feedback> query =
            em.createQuery(
                "select f from Feedback f where f.departmentCode = :department"
                    + (status == null ? "" : " and f.status = :status")
                    + pageWhere
                    + " order by f.dueDate, f.id",
                Feedback.class);
        query.setParameter("department", department);
        if (status != null) {
          query.setParameter("status", status);
        }
        pageParams.forEach(query::setParameter);
        rows.addAll(query.setMaxResults(limit + 1).getResultList());
      }
    }
    rows.sort(java.util.Comparator.comparing(Feedback::dueDate).thenComparing(Feedback::id));
    String next = null;
    if (rows.size() > limit) {
      rows = new ArrayList<>(rows.subList(0, limit));
      Feedback last = rows.get(rows.size() - 1);
      next = new Cursor(last.dueDate(), last.id()).encode();
    }
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return new InboxPage(rows, counts, total, next);
  }

  /** How long counts per status may be reused. */
  static final long COUNT_TTL_NANOS = 5_000_000_000L;

  private final Map<String, CachedCounts> countCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Counts per status computed at {@code at}; one request at a time refreshes them when they are
   * old.
   */
  private record CachedCounts(
      long at,
      Map<FeedbackStatus, Long> counts,
      java.util.concurrent.atomic.AtomicBoolean refreshing) {}

  private Map<FeedbackStatus, Long> counts(
      List<String> departments, String where, Map<String, Object> params) {
    String key = departments + "|" + where + "|" + new java.util.TreeMap<>(params);
    CachedCounts cached = countCache.get(key);
    long now = System.nanoTime();
    if (cached != null
        && (now - cached.at() < COUNT_TTL_NANOS
            || !cached.refreshing().compareAndSet(false, true))) {
      return cached.counts();
    }
    try {
      return countNow(key, departments, where, params);
    } finally {
      if (cached != null) {
        cached.refreshing().set(false);
      }
    }
  }

  private Map<FeedbackStatus, Long> countNow(
      String key, List<String> departments, String where, Map<String, Object> params) {
    var countQuery =
        em.createQuery(
            "select f.status, count(f) from Feedback f where f.departmentCode in :departments"
                + where
                + " group by f.status",
            Object[].class);
    countQuery.setParameter("departments", departments);
    params.forEach(countQuery::setParameter);
    Map<FeedbackStatus, Long> counts = new EnumMap<>(FeedbackStatus.class);
    for (FeedbackStatus st : FeedbackStatus.values()) {
      counts.put(st, 0L);
    }
    for (Object[] row : countQuery.getResultList()) {
      counts.put((FeedbackStatus) row[0], ((Number) row[1]).longValue());
    }
    if (countCache.size() > 10_000) {
      countCache.clear();
    }
    countCache.put(
        key,
        new CachedCounts(
            System.nanoTime(),
            java.util.Collections.unmodifiableMap(counts),
            new java.util.concurrent.atomic.AtomicBoolean()));
    return counts;
  }

  /**
   * The departments the user may see, narrowed to the requested one; 403 for another department.
   */
  private List<String> scope(SessionUser user, String requested) {
    String dept =
        requested == null || requested.isBlank() ? null : requested.trim().toUpperCase(Locale.ROOT);
    if (user.hasRole(Role.ADMIN)) {
      if (dept != null) {
        return List.of(dept);
      }
      return catalog.snapshot().departments().stream().map(d -> d.code()).toList();
    }
    if (!user.hasRole(Role.OFFICIAL) || user.departments().isEmpty()) {
      throw ApiException.forbidden("forbidden");
    }
    if (dept != null) {
      if (!user.departments().contains(dept)) {
        throw ApiException.forbidden("forbidden-department");
      }
      return List.of(dept);
    }
    return List.copyOf(user.departments());
  }

  /** The inbox's keyset cursor: the last row's due date and id. */
  record Cursor(LocalDate due, long id) {
    String encode() {
      return java.util.Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((due + "|" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Cursor parse(String s) {
      try {
        String[] parts =
            new String(
                    java.util.Base64.getUrlDecoder().decode(s),
                    java.nio.charset.StandardCharsets.UTF_8)
                .split("\\|");
        return new Cursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
      } catch (RuntimeException e) {
        throw ApiException.invalid("after", "feedback.cursorInvalid");
      }
    }
  }

  /**
   * The inbox's "overdue" count, published to other features (the transparency dashboard's
   * drill-down link).
   */
  @Override
  @Transactional
  public long overdue(String departmentCode, SessionUser user) {
    return inbox(new InboxQuery(departmentCode, null, null, null, null, "overdue", null, 1), user)
        .total();
  }
}
