package tr.bel.kucukcekmece.kentsesi.it.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import tr.bel.kucukcekmece.kentsesi.core.persistence.IdBlocks;
import tr.bel.kucukcekmece.kentsesi.core.stats.FigureSource;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingCode;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Channel;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;
import tr.bel.kucukcekmece.kentsesi.transparency.application.CellKey;
import tr.bel.kucukcekmece.kentsesi.transparency.application.RollupService;

/**
 * Test-only additions to the shared test portal's WAR for {@code TransparencyApiIT}: a small fixed
 * data set in March 2015 written through the same rollup path as live submissions, a check that the
 * rollups equal a full recomputation, and a {@link FigureSource} with one figure below and one at
 * the suppression threshold. The operations are left out of the OpenAPI document, so the resilience
 * suite's fuzzer and authorisation matrix neither call nor miss them.
 */
final class TransparencyFixture {

  private TransparencyFixture() {}

  /** 09:00 UTC on 10 March 2015 (11:00 in İstanbul, then UTC+2). */
  static final LocalDateTime T0 = LocalDateTime.of(2015, 3, 10, 9, 0);

  static final LocalDate DUE = LocalDate.of(2015, 3, 12);

  @ApplicationScoped
  public static class Writer {

    @PersistenceContext(unitName = "kentsesi")
    EntityManager em;

    @Inject RollupService rollups;

    @Inject IdBlocks ids;

    /**
     * One submission: created at T0, optionally answered (RESOLVED) after some hours, rated,
     * reopened.
     */
    @Transactional
    public void add(
        FeedbackKind kind,
        String service,
        String department,
        String hood,
        Integer rating,
        Integer responseHours,
        Integer resolutionRating,
        boolean reopen) {
      Feedback f =
          new Feedback(
              ids.next(Feedback.SEQUENCE),
              TrackingCode.generate(),
              kind,
              Channel.WEB,
              service,
              department,
              hood,
              rating,
              "Fixture yorumu çukur kaldırım",
              "tr",
              T0,
              DUE);
      if (responseHours != null) {
        f.changeStatus(FeedbackStatus.RESOLVED, "Giderildi.", T0.plusHours(responseHours));
      }
      if (resolutionRating != null) {
        f.rateResolution(resolutionRating, T0.plusHours(300));
      }
      if (reopen) {
        f.reopen(T0.plusHours(260));
      }
      em.persist(f);
      rollups.apply(null, FeedbackFacts.of(f));
    }

    @Transactional
    public void clear() {
      em.createNativeQuery(
              "delete from feedback_event where feedback_id in (select id from feedback where"
                  + " created_at < ?1)")
          .setParameter(1, java.sql.Timestamp.valueOf(LocalDateTime.of(2016, 1, 1, 0, 0)))
          .executeUpdate();
      em.createNativeQuery("delete from feedback where created_at < ?1")
          .setParameter(1, java.sql.Timestamp.valueOf(LocalDateTime.of(2016, 1, 1, 0, 0)))
          .executeUpdate();
      em.createNativeQuery("delete from kpi_target where target_year = 2015").executeUpdate();
    }
  }

  @Path("test-fixture/transparency")
  @RequestScoped
  public static class Resource {

    @Inject Writer writer;

    @Inject RollupService rollups;

    /** Replaces the 2015 data set and rebuilds every rollup from the table. */
    @POST
    @Operation(hidden = true)
    public String load() {
      writer.clear();
      rollups.rebuild();
      // AFET: 4 satisfaction ratings (5, 4, 3, 4) — below the threshold
      for (int r : new int[] {5, 4, 3, 4}) {
        writer.add(FeedbackKind.SATISFACTION, "AFET-EGITIM", "AFET", null, r, null, null, false);
      }
      // BASIN: 5 requests rated 5, 4, 4, 3, 5; answered after 5, 30, 47, 50, 240 hours (due 12
      // March);
      // the first four rated the resolution 5, 5, 4, 4; the last reopened; three in KANARYA
      int[] ratings = {5, 4, 4, 3, 5};
      int[] hours = {5, 30, 47, 50, 240};
      Integer[] resolution = {5, 5, 4, 4, null};
      for (int i = 0; i < 5; i++) {
        writer.add(
            FeedbackKind.REQUEST,
            "BASIN-BEYAZ-MASA",
            "BASIN",
            i < 3 ? "KANARYA" : null,
            ratings[i],
            hours[i],
            resolution[i],
            i == 4);
      }
      // BILGI: 6 ratings 1, 2, 3, 4, 5, 5, not answered
      for (int r : new int[] {1, 2, 3, 4, 5, 5}) {
        writer.add(
            FeedbackKind.COMPLAINT, "BILGI-E-BELEDIYE", "BILGI", "ATAKENT", r, null, null, false);
      }
      return "{\"loaded\":15}";
    }

    /**
     * Whether the stored rollups equal a full recomputation from the feedback table, with the
     * differing cells.
     */
    @GET
    @Path("check")
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public String check() {
      Map<CellKey, long[]> stored = rollups.stored();
      Map<CellKey, long[]> recomputed = rollups.recompute();
      TreeSet<CellKey> keys = new TreeSet<>(CellKey.ORDER);
      keys.addAll(stored.keySet());
      keys.addAll(recomputed.keySet());
      JsonArrayBuilder diffs = Json.createArrayBuilder();
      int n = 0;
      for (CellKey k : keys) {
        long[] a = stored.get(k);
        long[] b = recomputed.get(k);
        if (a == null || b == null || !Arrays.equals(a, b)) {
          if (n++ < 20) {
            diffs.add(
                k
                    + " stored="
                    + (a == null ? null : Arrays.toString(a))
                    + " recomputed="
                    + (b == null ? null : Arrays.toString(b)));
          }
        }
      }
      return Json.createObjectBuilder()
          .add("equal", n == 0)
          .add("cells", keys.size())
          .add("differing", n)
          .add("diffs", diffs)
          .build()
          .toString();
    }
  }

  /** A feature's figures as the proposals or the assistant would give them. */
  @ApplicationScoped
  public static class TestFigures implements FigureSource {

    @Override
    public String section() {
      return "test-section";
    }

    @Override
    public String titleTr() {
      return "Deneme bölümü";
    }

    @Override
    public String titleEn() {
      return "Test section";
    }

    @Override
    public List<Figure> figures(LocalDate from, LocalDate to) {
      return List.of(
          new Figure(
              "rare", "Az", "Rare", 0.75, 4, "share", "Dört yanıttan.", "From four responses."),
          new Figure(
              "enough",
              "Yeter",
              "Enough",
              0.8,
              5,
              "share",
              "Beş yanıttan.",
              "From five responses."));
    }
  }
}
