package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFactsBatch;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFactsChanged;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.InboxFigures;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingCode;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingLookup;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Channel;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.DeadlinePolicy;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.EventType;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.FeedbackEvent;

/**
 * The feedback loop: citizens submit and follow their submissions; officials of the responsible department work
 * them. Every public step is a timeline event; every official's action is also in the audit log.
 */
@ApplicationScoped
public class FeedbackService implements TrackingLookup, InboxFigures {

  public static final int COMMENT_MAX = 4000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  private static final Pattern PHONE = Pattern.compile("(\\+90|0090|0)?[2-58]\\d{9}");
  private static final Set<FeedbackKind> COMMENT_REQUIRED =
      Set.of(FeedbackKind.REQUEST, FeedbackKind.COMPLAINT, FeedbackKind.INFORMATION, FeedbackKind.SUGGESTION);

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject
  Catalog catalog;

  @Inject
  ContactCipher cipher;

  @Inject
  AuditLog audit;

  @Inject
  Event<FeedbackChanged> changed;

  @Inject
  Event<FeedbackFactsChanged> factsChanged;

  @Inject
  Event<FeedbackFactsBatch> factsBatch;

  @Inject
  IdBlocks ids;

  /** A submission with its timeline. */
  public record Tracked(Feedback feedback, List<FeedbackEvent> events) {}

  /** The result of a submission; {@code replayed} when an Idempotency-Key returned an earlier one. */
  public record Submitted(Feedback feedback, boolean replayed) {}

  // ---------------------------------------------------------------- citizens

  /** A checked submission, not yet stored: the entity with its id and tracking code, and who entered it how. */
  public record Prepared(Feedback feedback, Channel channel, String actor) {}

  /**
   * Checks every field of a submission and builds its record (id, tracking code, due date, encrypted contact), without
   * touching the database: field errors are thrown here, in the caller's thread. {@link FeedbackSubmitter} then stores
   * it together with other submissions in one transaction ({@link #store}).
   */
  public Prepared prepare(Submission s, Channel channel, String actor, String idempotencyKey) {
    CatalogSnapshot snapshot = catalog.snapshot();
    ApiException.Collector errors = new ApiException.Collector();
    if (s.website() != null && !s.website().isBlank()) {
      throw ApiException.badRequest("rejected");
    }
    FeedbackKind kind = parseKind(s.kind(), errors);
    PublicService service = null;
    if (s.serviceCode() == null || s.serviceCode().isBlank()) {
      errors.add("serviceCode", "validation.required");
    } else {
      service = snapshot.service(s.serviceCode().trim().toUpperCase(Locale.ROOT)).filter(PublicService::active)
          .orElse(null);
      if (service == null) {
        errors.add("serviceCode", "feedback.serviceUnknown", s.serviceCode());
      }
    }
    if (s.rating() != null && (s.rating() < 1 || s.rating() > 5)) {
      errors.add("rating", "feedback.ratingRange");
    } else if (s.rating() == null && kind != null && kind.requiresRating()) {
      errors.add("rating", "feedback.ratingRequired");
    }
    String comment = cleanText(s.comment());
    if (comment != null && comment.length() > COMMENT_MAX) {
      errors.add("comment", "feedback.commentTooLong", COMMENT_MAX, comment.length());
    } else if (comment == null && kind != null && COMMENT_REQUIRED.contains(kind)) {
      errors.add("comment", "feedback.commentRequired");
    }
    String neighbourhood = null;
    if (s.neighbourhoodCode() != null && !s.neighbourhoodCode().isBlank()) {
      neighbourhood = s.neighbourhoodCode().trim().toUpperCase(Locale.ROOT);
      if (snapshot.neighbourhood(neighbourhood).isEmpty()) {
        errors.add("neighbourhoodCode", "feedback.neighbourhoodUnknown", s.neighbourhoodCode());
      }
    }
    ContactCipher.Contact contact = checkContact(s, errors);
    errors.throwIfAny();

    LocalDateTime now = Times.nowUtc();
    LocalDate due = DeadlinePolicy.dueDate(kind, service.responseDays(), service.workingDays(),
        Times.istanbulDate(now), snapshot.calendar());
    String language = "en".equals(s.language()) ? "en" : "tr";
    Feedback f = new Feedback(ids.next(Feedback.SEQUENCE), TrackingCode.generate(), kind, channel, service.code(), service.departmentCode(),
        neighbourhood, s.rating(), comment, language, now, due);
    if (contact != null) {
      f.attachContact(cipher.encrypt(contact), contact.email() != null, KvkkNotice.VERSION, now);
    }
    if (idempotencyKey != null) {
      f.idempotencyKey(idempotencyKey, cipher.fingerprint(s.canonical(channel, actor)));
    }
    return new Prepared(f, channel, actor);
  }

  /**
   * Stores checked submissions in one transaction: their rows, their RECEIVED events, the audit entries of staff
   * entries and the rollup figures. The tracking code and the idempotency key are unique in the database: a clash
   * makes the commit fail for the whole batch, and {@link FeedbackSubmitter} then stores each on its own.
   */
  @Transactional
  public void store(List<Prepared> batch) {
    for (Prepared p : batch) {
      em.persist(p.feedback());
    }
    em.flush(); // the submission rows first: their events refer to them
    List<FeedbackFactsChanged> facts = new ArrayList<>(batch.size());
    for (Prepared p : batch) {
      Feedback f = p.feedback();
      Channel channel = p.channel();
      em.persist(new FeedbackEvent(ids.next(FeedbackEvent.SEQUENCE), f.id(), f.createdAt(), EventType.RECEIVED,
          FeedbackStatus.RECEIVED, channel == Channel.WEB ? null : channel.name(),
          channel == Channel.WEB ? null : p.actor()));
      if (channel != Channel.WEB) {
        audit.record(p.actor(), "FEEDBACK_ENTERED", "feedback", f.trackingCode(), "channel=" + channel);
      }
      facts.add(new FeedbackFactsChanged(null, FeedbackFacts.of(f)));
    }
    factsBatch.fire(new FeedbackFactsBatch(facts));
    for (Prepared p : batch) {
      fire(p.feedback(), EventType.RECEIVED);
    }
  }

  /** A submission by a tracking code as a citizen typed it; 404 (mistyped or unknown) otherwise. */
  @Transactional
  public Tracked track(String typed) {
    Feedback f = byCode(typed);
    return new Tracked(f, events(f));
  }

  /** The citizen rates the resolution, once, after the municipality answered. */
  @Transactional
  public Tracked rateResolution(String typed, Integer rating) {
    Feedback f = byCode(typed);
    if (rating == null || rating < 1 || rating > 5) {
      throw ApiException.invalid("rating", rating == null ? "validation.required" : "feedback.ratingRange");
    }
    if (!f.canRateResolution()) {
      throw ApiException.conflict(f.resolutionRating() != null ? "already-rated" : "not-answered-yet");
    }
    LocalDateTime now = Times.nowUtc();
    FeedbackFacts before = FeedbackFacts.of(f);
    f.rateResolution(rating, now);
    factsChanged.fire(new FeedbackFactsChanged(before, FeedbackFacts.of(f)));
    em.persist(new FeedbackEvent(ids.next(FeedbackEvent.SEQUENCE), f.id(), now, EventType.RATED, f.status(), null, null));
    fire(f, EventType.RATED);
    return new Tracked(f, events(f));
  }

  /** The citizen reopens an answered submission within 15 days, saying why. */
  @Transactional
  public Tracked reopen(String typed, String reason) {
    Feedback f = byCode(typed);
    String text = cleanText(reason);
    if (text == null) {
      throw ApiException.invalid("reason", "validation.required");
    }
    if (text.length() > 2000) {
      throw ApiException.invalid("reason", "validation.Size", 1, 2000);
    }
    LocalDateTime now = Times.nowUtc();
    if (!f.canReopen(now)) {
      throw ApiException.conflict(f.reopenUntil() == null ? "not-answered-yet" : "reopen-window-passed");
    }
    FeedbackFacts before = FeedbackFacts.of(f);
    f.reopen(now);
    factsChanged.fire(new FeedbackFactsChanged(before, FeedbackFacts.of(f)));
    em.persist(new FeedbackEvent(ids.next(FeedbackEvent.SEQUENCE), f.id(), now, EventType.REOPENED, FeedbackStatus.REOPENED, text, null));
    fire(f, EventType.REOPENED);
    return new Tracked(f, events(f));
  }

  // ---------------------------------------------------------------- officials

  /** Filters of the inbox; null means any. */
  public record InboxQuery(String department, List<FeedbackStatus> statuses, FeedbackKind kind, String service,
      String neighbourhood, String due, String after, int limit) {}

  /** One page of the inbox, the counts per status under the same filters, and the cursor of the next page. */
  public record InboxPage(List<Feedback> items, Map<FeedbackStatus, Long> counts, long total, String nextCursor) {}

  /**
   * One page of the inbox. Each (department, status) partition is read separately along the index on
   * (department, status, due date, id), so a page costs a few short index scans however large the table is; the
   * partitions are merged by due date. The counts per status come from a cache that is at most
   * {@link #COUNT_TTL_NANOS} old (they are for orientation; the list itself is always current).
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
      params.put("done", List.of(FeedbackStatus.ANSWERED, FeedbackStatus.RESOLVED, FeedbackStatus.CLOSED));
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
    List<FeedbackStatus> partitions = q.statuses() == null ? java.util.Collections.singletonList(null) : q.statuses();
    List<Feedback> rows = new ArrayList<>();
    for (String department : departments) {
      for (FeedbackStatus status : partitions) {
        TypedQuery<Feedback> query = em.createQuery("select f from Feedback f where f.departmentCode = :department"
            + (status == null ? "" : " and f.status = :status") + pageWhere + " order by f.dueDate, f.id",
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
  private final Map<String, CachedCounts> countCache = new java.util.concurrent.ConcurrentHashMap<>();

  /** Counts per status computed at {@code at}; one request at a time refreshes them when they are old. */
  private record CachedCounts(long at, Map<FeedbackStatus, Long> counts,
      java.util.concurrent.atomic.AtomicBoolean refreshing) {}

  private Map<FeedbackStatus, Long> counts(List<String> departments, String where, Map<String, Object> params) {
    String key = departments + "|" + where + "|" + new java.util.TreeMap<>(params);
    CachedCounts cached = countCache.get(key);
    long now = System.nanoTime();
    if (cached != null && (now - cached.at() < COUNT_TTL_NANOS || !cached.refreshing().compareAndSet(false, true))) {
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

  private Map<FeedbackStatus, Long> countNow(String key, List<String> departments, String where,
      Map<String, Object> params) {
    var countQuery = em.createQuery("select f.status, count(f) from Feedback f where f.departmentCode in :departments"
        + where + " group by f.status", Object[].class);
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
    countCache.put(key, new CachedCounts(System.nanoTime(), java.util.Collections.unmodifiableMap(counts),
        new java.util.concurrent.atomic.AtomicBoolean()));
    return counts;
  }

  /** A submission as its department sees it; 403 for an official of another department. */
  @Transactional
  public Tracked staffView(String typed, SessionUser user) {
    Feedback f = byCode(typed);
    requireScope(f, user);
    return new Tracked(f, events(f));
  }

  public ContactCipher.Contact contactOf(Feedback f) {
    return f.contactCiphertext() == null ? null : cipher.decrypt(f.contactCiphertext());
  }

  @Transactional
  public Tracked assignToSelf(String typed, SessionUser user) {
    Feedback f = byCode(typed);
    requireScope(f, user);
    LocalDateTime now = Times.nowUtc();
    f.assignTo(user.username());
    em.persist(new FeedbackEvent(ids.next(FeedbackEvent.SEQUENCE), f.id(), now, EventType.ASSIGNED, f.status(), null, user.username()));
    audit.record(user.username(), "FEEDBACK_ASSIGNED", "feedback", f.trackingCode(), null);
    return new Tracked(f, events(f));
  }

  @Transactional
  public Tracked changeStatus(String typed, String statusName, String publicResponse, SessionUser user) {
    Feedback f = byCode(typed);
    requireScope(f, user);
    FeedbackStatus to;
    try {
      to = FeedbackStatus.valueOf(String.valueOf(statusName).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("status", "feedback.statusUnknown", statusName);
    }
    String response = cleanText(publicResponse);
    if (response != null && response.length() > COMMENT_MAX) {
      throw ApiException.invalid("publicResponse", "feedback.commentTooLong", COMMENT_MAX, response.length());
    }
    if (to.needsPublicResponse() && response == null && f.publicResponse() == null) {
      throw ApiException.invalid("publicResponse", "feedback.responseRequired");
    }
    FeedbackStatus from = f.status();
    LocalDateTime now = Times.nowUtc();
    boolean responded = response != null && !response.equals(f.publicResponse());
    FeedbackFacts before = FeedbackFacts.of(f);
    if (!f.changeStatus(to, response, now)) {
      throw ApiException.conflict("invalid-transition", from, to);
    }
    factsChanged.fire(new FeedbackFactsChanged(before, FeedbackFacts.of(f)));
    em.persist(new FeedbackEvent(ids.next(FeedbackEvent.SEQUENCE), f.id(), now, responded ? EventType.RESPONDED : EventType.STATUS_CHANGED, to,
        responded ? response : null, user.username()));
    audit.record(user.username(), "FEEDBACK_STATUS", "feedback", f.trackingCode(), from + "->" + to);
    fire(f, responded ? EventType.RESPONDED : EventType.STATUS_CHANGED);
    return new Tracked(f, events(f));
  }

  @Transactional
  public Tracked addNote(String typed, String text, SessionUser user) {
    Feedback f = byCode(typed);
    requireScope(f, user);
    String note = cleanText(text);
    if (note == null) {
      throw ApiException.invalid("text", "validation.required");
    }
    if (note.length() > COMMENT_MAX) {
      throw ApiException.invalid("text", "feedback.commentTooLong", COMMENT_MAX, note.length());
    }
    em.persist(new FeedbackEvent(ids.next(FeedbackEvent.SEQUENCE), f.id(), Times.nowUtc(), EventType.NOTE, f.status(), note, user.username()));
    audit.record(user.username(), "FEEDBACK_NOTE", "feedback", f.trackingCode(), null);
    return new Tracked(f, events(f));
  }

  /** Forwards to another department (law 3071 art. 5); the citizen sees that and where it went. */
  @Transactional
  public Tracked transfer(String typed, String departmentCode, String serviceCode, String reason, SessionUser user) {
    Feedback f = byCode(typed);
    requireScope(f, user);
    CatalogSnapshot snapshot = catalog.snapshot();
    ApiException.Collector errors = new ApiException.Collector();
    String dept = departmentCode == null ? null : departmentCode.trim().toUpperCase(Locale.ROOT);
    if (dept == null || dept.isEmpty()) {
      errors.add("departmentCode", "validation.required");
    } else if (snapshot.department(dept).filter(d -> d.active()).isEmpty()) {
      errors.add("departmentCode", "validation.department", departmentCode);
    } else if (dept.equals(f.departmentCode())) {
      errors.add("departmentCode", "feedback.sameDepartment");
    }
    PublicService service = null;
    if (serviceCode != null && !serviceCode.isBlank()) {
      service = snapshot.service(serviceCode.trim().toUpperCase(Locale.ROOT)).filter(PublicService::active).orElse(null);
      if (service == null || (dept != null && !service.departmentCode().equals(dept))) {
        errors.add("serviceCode", "feedback.serviceNotInDepartment", serviceCode);
      }
    } else if (dept != null) {
      service = snapshot.services(dept).stream().findFirst().orElse(null);
    }
    String why = cleanText(reason);
    if (why == null) {
      errors.add("reason", "validation.required");
    } else if (why.length() > 2000) {
      errors.add("reason", "validation.Size", 1, 2000);
    }
    errors.throwIfAny();
    if (f.status() == FeedbackStatus.CLOSED) {
      throw ApiException.conflict("invalid-transition", f.status(), "TRANSFER");
    }
    String from = f.departmentCode();
    LocalDateTime now = Times.nowUtc();
    FeedbackFacts before = FeedbackFacts.of(f);
    f.transferTo(dept, service.code());
    factsChanged.fire(new FeedbackFactsChanged(before, FeedbackFacts.of(f)));
    em.persist(new FeedbackEvent(ids.next(FeedbackEvent.SEQUENCE), f.id(), now, EventType.TRANSFERRED, f.status(), why, user.username())
        .between(from, dept));
    audit.record(user.username(), "FEEDBACK_TRANSFERRED", "feedback", f.trackingCode(), from + "->" + dept);
    fire(f, EventType.TRANSFERRED);
    return new Tracked(f, events(f));
  }

  /** KVKK periodic destruction: erases the contact of submissions closed before the cut-off; returns how many. */
  @Transactional
  public int eraseContactsClosedBefore(LocalDateTime cutoff, String actor) {
    List<Feedback> due = em.createNamedQuery("Feedback.dueForErasure", Feedback.class).setParameter("before", cutoff)
        .setMaxResults(10_000).getResultList();
    LocalDateTime now = Times.nowUtc();
    for (Feedback f : due) {
      f.eraseContact(now);
      em.persist(new FeedbackEvent(ids.next(FeedbackEvent.SEQUENCE), f.id(), now, EventType.CONTACT_ERASED, f.status(), null, actor));
    }
    if (!due.isEmpty()) {
      audit.record(actor, "FEEDBACK_CONTACTS_ERASED", "feedback", null, "count=" + due.size() + " closedBefore=" + cutoff);
    }
    return due.size();
  }

  // ---------------------------------------------------------------- helpers

  /** The submission made earlier with this idempotency key, if any. */
  @Transactional
  public Optional<Feedback> byIdempotencyKey(String key) {
    return em.createNamedQuery("Feedback.byIdempotencyKey", Feedback.class).setParameter("key", key)
        .getResultStream().findFirst();
  }

  private Feedback byCode(String typed) {
    String code = TrackingCode.normalize(typed).orElseThrow(() -> ApiException.notFound("tracking-not-found"));
    if (!TrackingCode.checks(code)) {
      throw ApiException.notFound("tracking-mistyped");
    }
    return em.createNamedQuery("Feedback.byTrackingCode", Feedback.class).setParameter("code", code)
        .getResultStream().findFirst().orElseThrow(() -> ApiException.notFound("tracking-not-found"));
  }

  private List<FeedbackEvent> events(Feedback f) {
    return em.createNamedQuery("FeedbackEvent.ofFeedback", FeedbackEvent.class).setParameter("id", f.id())
        .getResultList();
  }

  private static void requireScope(Feedback f, SessionUser user) {
    if (!user.canActFor(f.departmentCode())) {
      throw ApiException.forbidden("forbidden-department");
    }
  }

  /** The departments the user may see, narrowed to the requested one; 403 for another department. */
  private List<String> scope(SessionUser user, String requested) {
    String dept = requested == null || requested.isBlank() ? null : requested.trim().toUpperCase(Locale.ROOT);
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

  private static FeedbackKind parseKind(String kind, ApiException.Collector errors) {
    if (kind == null || kind.isBlank()) {
      errors.add("kind", "validation.required");
      return null;
    }
    try {
      return FeedbackKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add("kind", "feedback.kindUnknown", kind);
      return null;
    }
  }

  private static ContactCipher.Contact checkContact(Submission s, ApiException.Collector errors) {
    ContactCipher.Contact c = s.contact();
    if (c == null) {
      return null;
    }
    String name = cleanText(c.name());
    String email = c.email() == null || c.email().isBlank() ? null : c.email().strip();
    String phone = c.phone() == null || c.phone().isBlank() ? null : c.phone().replaceAll("[\\s().-]", "");
    if (name == null && email == null && phone == null) {
      return null;
    }
    if (name != null && name.length() > 100) {
      errors.add("contact.name", "validation.Size", 1, 100);
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      errors.add("contact.email", "validation.Email");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      errors.add("contact.phone", "feedback.phoneInvalid");
    }
    if (!Boolean.TRUE.equals(s.kvkkAcknowledged())) {
      errors.add("kvkkAcknowledged", "feedback.kvkkRequired");
    } else if (s.kvkkNoticeVersion() != null && !KvkkNotice.VERSION.equals(s.kvkkNoticeVersion())) {
      errors.add("kvkkAcknowledged", "feedback.kvkkOutdated");
    }
    return new ContactCipher.Contact(name, email, phone);
  }

  /** Plain text: control characters other than line breaks and tabs removed, trimmed; blank is null. */
  static String cleanText(String text) {
    if (text == null) {
      return null;
    }
    String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  // ------------------------------------------- published to other features (TrackingLookup, InboxFigures)

  @Override
  @Transactional
  public TrackedStatus status(String typedCode) {
    Feedback f = byCode(typedCode);
    return new TrackedStatus(f.trackingCode(), f.status(), f.dueDate());
  }

  @Override
  @Transactional
  public long overdue(String departmentCode, SessionUser user) {
    return inbox(new InboxQuery(departmentCode, null, null, null, null, "overdue", null, 1), user).total();
  }

  private void fire(Feedback f, EventType type) {
    changed.fire(new FeedbackChanged(f.id(), f.trackingCode(), type, f.status(), f.departmentCode(), f.serviceCode()));
  }

  /** The inbox's keyset cursor: the last row's due date and id. */
  record Cursor(LocalDate due, long id) {
    String encode() {
      return java.util.Base64.getUrlEncoder().withoutPadding()
          .encodeToString((due + "|" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Cursor parse(String s) {
      try {
        String[] parts = new String(java.util.Base64.getUrlDecoder().decode(s), java.nio.charset.StandardCharsets.UTF_8)
            .split("\\|");
        return new Cursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
      } catch (RuntimeException e) {
        throw ApiException.invalid("after", "feedback.cursorInvalid");
      }
    }
  }
}
