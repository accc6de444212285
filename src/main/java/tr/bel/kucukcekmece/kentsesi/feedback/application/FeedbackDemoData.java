package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.Neighbourhood;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;
import tr.bel.kucukcekmece.kentsesi.core.startup.PortalStarted;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackBulkLoaded;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingCode;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Channel;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.DeadlinePolicy;

/**
 * Demo and benchmark volumes of feedback: a year of realistic, anonymous submissions spread over
 * services, neighbourhoods, kinds and statuses (older ones mostly answered, some late). In demo
 * mode the portal tops the table up to {@code KENTSESI_DEMO_FEEDBACK} rows (default 600); a
 * benchmark sets it to 1,000,000. Rows are written with JDBC batches for speed, with ids reserved
 * above the sequence, and the same seed gives the same data.
 */
@ApplicationScoped
public class FeedbackDemoData {

  private static final Logger LOG = Logger.getLogger(FeedbackDemoData.class.getName());
  private static final String[] COMMENT_TEMPLATES = {
    "%s konusunda başvuruyorum; mahallemizde bu konuda sorun yaşıyoruz.",
    "%s ile ilgili talebimin değerlendirilmesini rica ederim.",
    "%s hizmetinden memnun kaldık, ekiplere teşekkür ederiz.",
    "%s hakkında bilgi almak istiyorum.",
  };

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject Catalog catalog;

  @Inject jakarta.enterprise.event.Event<FeedbackBulkLoaded> bulkLoaded;

  void onStart(@Observes @Priority(250) PortalStarted started) {
    if (!started.demo()) {
      return;
    }
    int wanted = FeedbackSettings.DEMO_ROWS.get();
    try {
      int existing = count();
      if (existing < wanted) {
        long t0 = System.nanoTime();
        generate(wanted - existing, 20260101L + existing);
        LOG.info(
            String.format(
                "Demo mode: %d feedback rows generated in %.1f s (table now %d rows).",
                wanted - existing, (System.nanoTime() - t0) / 1e9, wanted));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("demo feedback could not be generated: " + e.getMessage(), e);
    }
  }

  private int count() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from feedback")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * Writes {@code rows} anonymous submissions (and their timeline events) with a seeded random
   * generator.
   */
  public void generate(int rows, long seed) throws SQLException {
    CatalogSnapshot snapshot = catalog.snapshot();
    List<PublicService> services = snapshot.allServices();
    List<Neighbourhood> hoods = snapshot.neighbourhoods();
    Random random = new Random(seed);
    LocalDateTime now = Times.nowUtc();
    LocalDate today = Times.istanbulDate(now);
    try (Connection c = dataSource.getConnection()) {
      boolean postgres = c.getMetaData().getDatabaseProductName().contains("PostgreSQL");
      long feedbackId = reserve(c, postgres, "feedback_seq", rows);
      long eventId = reserve(c, postgres, "feedback_event_seq", rows * 3L);
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      Set<String> codes = new HashSet<>();
      try (PreparedStatement fb =
              c.prepareStatement(
                  "insert into feedback (id, tracking_code, kind, status, channel,"
                      + " service_code, department_code, neighbourhood_code, rating, comment_text, language, notify_email,"
                      + " created_at, due_date, first_response_at, resolved_at, closed_at, reopen_count, public_response,"
                      + " resolution_rating, opt_lock) values (?,?,?,?,?,?,?,?,?,?,?,false,?,?,?,?,?,0,?,?,1)");
          PreparedStatement ev =
              c.prepareStatement(
                  "insert into feedback_event (id, feedback_id, occurred_at,"
                      + " event_type, status, note, internal) values (?,?,?,?,?,?,false)")) {
        for (int i = 0; i < rows; i++) {
          PublicService service = services.get(skewed(random, services.size()));
          FeedbackKind kind = FeedbackKind.values()[weighted(random, 22, 30, 28, 8, 7, 5)];
          LocalDateTime created = now.minusMinutes(random.nextInt(365 * 24 * 60));
          LocalDate due =
              DeadlinePolicy.dueDate(
                  kind,
                  service.responseDays(),
                  service.workingDays(),
                  Times.istanbulDate(created),
                  snapshot.calendar());
          long ageDays = java.time.Duration.between(created, now).toDays();
          FeedbackStatus status =
              ageDays < 3
                  ? FeedbackStatus.RECEIVED
                  : ageDays < 10 && random.nextInt(3) == 0
                      ? FeedbackStatus.IN_PROGRESS
                      : random.nextInt(10) < 7 ? FeedbackStatus.CLOSED : FeedbackStatus.ANSWERED;
          if (ageDays > 40 && random.nextInt(50) == 0) {
            status = FeedbackStatus.RECEIVED;
          }
          String code;
          do {
            code = TrackingCode.generate();
          } while (!codes.add(code));
          boolean answered = status.isAnsweredOrDone();
          LocalDateTime responded =
              answered
                  ? created.plusHours(2 + random.nextInt(Math.max(1, service.responseDays()) * 30))
                  : null;
          if (responded != null && responded.isAfter(now)) {
            responded = now;
          }
          String comment =
              String.format(
                  COMMENT_TEMPLATES[random.nextInt(COMMENT_TEMPLATES.length)], service.nameTr());
          int p = 1;
          fb.setLong(p++, feedbackId);
          fb.setString(p++, code);
          fb.setString(p++, kind.name());
          fb.setString(p++, status.name());
          fb.setString(p++, random.nextInt(10) < 8 ? Channel.WEB.name() : Channel.PHONE.name());
          fb.setString(p++, service.code());
          fb.setString(p++, service.departmentCode());
          fb.setString(
              p++, random.nextInt(10) < 8 ? hoods.get(random.nextInt(hoods.size())).code() : null);
          if (kind == FeedbackKind.SATISFACTION || random.nextInt(4) == 0) {
            fb.setShort(p++, (short) (1 + weighted(random, 8, 7, 15, 35, 35)));
          } else {
            fb.setNull(p++, Types.SMALLINT);
          }
          fb.setString(p++, comment);
          fb.setString(p++, random.nextInt(10) == 0 ? "en" : "tr");
          fb.setTimestamp(p++, Timestamp.valueOf(created));
          fb.setDate(p++, Date.valueOf(due));
          fb.setTimestamp(p++, responded == null ? null : Timestamp.valueOf(responded));
          fb.setTimestamp(p++, responded == null ? null : Timestamp.valueOf(responded));
          fb.setTimestamp(
              p++,
              status == FeedbackStatus.CLOSED ? Timestamp.valueOf(responded.plusDays(3)) : null);
          fb.setString(p++, answered ? "Başvurunuz incelenmiş ve gereği yapılmıştır." : null);
          if (answered && random.nextInt(3) == 0) {
            fb.setShort(p++, (short) (1 + weighted(random, 10, 8, 15, 32, 35)));
          } else {
            fb.setNull(p++, Types.SMALLINT);
          }
          fb.addBatch();
          event(ev, eventId++, feedbackId, created, "RECEIVED", "RECEIVED", null);
          if (answered) {
            event(
                ev,
                eventId++,
                feedbackId,
                responded,
                "RESPONDED",
                "ANSWERED",
                "Başvurunuz incelenmiş ve gereği yapılmıştır.");
          }
          feedbackId++;
          if ((i + 1) % 1000 == 0 || i == rows - 1) {
            fb.executeBatch();
            ev.executeBatch();
            if ((i + 1) % 20_000 == 0 || i == rows - 1) {
              c.commit();
            }
          }
        }
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
      // fresh planner statistics (and visibility map) after a bulk load, as a DBA would do
      try (Statement s = c.createStatement()) {
        if (postgres) {
          s.execute("vacuum analyze feedback");
          s.execute("vacuum analyze feedback_event");
        } else {
          s.execute("analyze");
        }
      }
    }
    // figures kept incrementally are rebuilt from the table (the rows did not pass through the
    // service)
    bulkLoaded.fire(new FeedbackBulkLoaded(rows));
  }

  private static void event(
      PreparedStatement ev,
      long id,
      long feedbackId,
      LocalDateTime at,
      String type,
      String status,
      String note)
      throws SQLException {
    ev.setLong(1, id);
    ev.setLong(2, feedbackId);
    ev.setTimestamp(3, Timestamp.valueOf(at));
    ev.setString(4, type);
    ev.setString(5, status);
    ev.setString(6, note);
    ev.addBatch();
  }

  /**
   * Reserves {@code count} ids above everything the sequence (and EclipseLink's preallocated
   * blocks) can hand out, then moves the sequence past them. Returns the first reserved id.
   */
  private static long reserve(Connection c, boolean postgres, String sequence, long count)
      throws SQLException {
    long current;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                postgres
                    ? "select nextval('" + sequence + "')"
                    : "select next value for " + sequence)) {
      rs.next();
      current = rs.getLong(1);
    }
    long first = current + 50;
    long restart = ((first + count) / 50 + 2) * 50;
    try (Statement s = c.createStatement()) {
      s.execute("alter sequence " + sequence + " restart with " + restart);
    }
    return first;
  }

  /**
   * An index in [0, n) where lower indexes are more frequent (a few services get most submissions).
   */
  private static int skewed(Random random, int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u));
  }

  private static int weighted(Random random, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
