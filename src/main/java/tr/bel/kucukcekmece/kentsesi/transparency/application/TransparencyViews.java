package tr.bel.kucukcekmece.kentsesi.transparency.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.core.stats.FigureSource;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Figures;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Kpi;

/**
 * The JSON shapes of the transparency API (records serialised by JSON-B; absent figures are
 * explicit nulls).
 */
public final class TransparencyViews {

  private TransparencyViews() {}

  /** A period of whole months: {@code from} is a first day, {@code to} a last day. */
  @JsonbNillable
  public record PeriodView(LocalDate from, LocalDate to, int months) {}

  @JsonbNillable
  public record Names(String tr, String en) {}

  @JsonbNillable
  public record RatingView(
      long ratings, Double mean, Double ci95Low, Double ci95High, List<Long> distribution) {
    static RatingView of(Figures.Rating r) {
      List<Long> d = new ArrayList<>();
      for (long x : r.distribution()) {
        d.add(x);
      }
      return new RatingView(r.ratings(), r.mean(), r.ci95Low(), r.ci95High(), d);
    }
  }

  /**
   * The figures of one group. In public views every figure built from fewer than {@link
   * Figures#MIN_BASIS} responses is null and named in {@code suppressedFigures}; {@code suppressed}
   * says the whole group is too small.
   */
  @JsonbNillable
  public record GroupView(
      String code,
      String name,
      Names names,
      Long submissions,
      Map<String, Long> byKind,
      RatingView satisfaction,
      RatingView resolutionSatisfaction,
      Long answered,
      Double onTimeRate,
      Double reopenRate,
      Integer medianResponseDays,
      Integer p90ResponseDays,
      Long resolved,
      Integer medianResolutionDays,
      Integer p90ResolutionDays,
      boolean suppressed,
      List<String> suppressedFigures,
      List<KpiView> kpis) {

    public static GroupView of(String code, Names names, String lang, Figures f, boolean suppress) {
      List<String> hidden = new ArrayList<>();
      String name = names == null ? code : "en".equals(lang) ? names.en() : names.tr();
      if (suppress && f.submissions() > 0 && !Figures.publishable(f.submissions())) {
        return new GroupView(
            code,
            name,
            names,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            true,
            List.of("all"),
            null);
      }
      Map<String, Long> kinds = new LinkedHashMap<>();
      for (Map.Entry<FeedbackKind, Long> e : f.byKind().entrySet()) {
        kinds.put(
            e.getKey().name(),
            keep(suppress, e.getValue(), e.getValue(), hidden, "byKind." + e.getKey()));
      }
      RatingView sat =
          keep(
              suppress,
              RatingView.of(f.satisfaction()),
              f.satisfaction().ratings(),
              hidden,
              "satisfaction");
      RatingView res =
          keep(
              suppress,
              RatingView.of(f.resolutionSatisfaction()),
              f.resolutionSatisfaction().ratings(),
              hidden,
              "resolutionSatisfaction");
      long a = f.answered();
      long r = f.resolved();
      return new GroupView(
          code,
          name,
          names,
          f.submissions(),
          kinds,
          f.satisfaction().ratings() == 0 ? null : sat,
          f.resolutionSatisfaction().ratings() == 0 ? null : res,
          keep(suppress, a, a, hidden, "answered"),
          keep(suppress, f.onTimeRate(), a, hidden, "onTimeRate"),
          keep(suppress, f.reopenRate(), a, hidden, "reopenRate"),
          keep(suppress, f.medianResponseDays(), a, hidden, "medianResponseDays"),
          keep(suppress, f.p90ResponseDays(), a, hidden, "p90ResponseDays"),
          keep(suppress, r, r, hidden, "resolved"),
          keep(suppress, f.medianResolutionDays(), r, hidden, "medianResolutionDays"),
          keep(suppress, f.p90ResolutionDays(), r, hidden, "p90ResolutionDays"),
          false,
          hidden,
          null);
    }

    GroupView withKpis(List<KpiView> k) {
      return new GroupView(
          code,
          name,
          names,
          submissions,
          byKind,
          satisfaction,
          resolutionSatisfaction,
          answered,
          onTimeRate,
          reopenRate,
          medianResponseDays,
          p90ResponseDays,
          resolved,
          medianResolutionDays,
          p90ResolutionDays,
          suppressed,
          suppressedFigures,
          k);
    }

    /**
     * A figure with basis 1–4 is withheld in public views (0 means there is nothing to withhold).
     */
    private static <T> T keep(
        boolean suppress, T value, long basis, List<String> hidden, String name) {
      if (suppress && basis > 0 && !Figures.publishable(basis)) {
        hidden.add(name);
        return null;
      }
      return value;
    }
  }

  /**
   * One KPI: its value this period and the previous one, the year's target and the status against
   * it.
   */
  @JsonbNillable
  public record KpiView(
      Kpi kpi,
      Double value,
      long basis,
      Double target,
      Kpi.Status status,
      Double previous,
      Double change) {}

  @JsonbNillable
  public record SectionFigureView(
      String key,
      String label,
      Names labels,
      Double value,
      long basis,
      String unit,
      String definition,
      Names definitions,
      boolean suppressed) {}

  /** A feature's figures (proposals, assistant, …) from a {@link FigureSource}. */
  @JsonbNillable
  public record SectionView(
      String section,
      String title,
      Names titles,
      List<SectionFigureView> figures,
      boolean unavailable) {}

  /** GET /api/transparency/summary. */
  @JsonbNillable
  public record SummaryView(
      PeriodView period,
      GroupView total,
      List<GroupView> departments,
      List<GroupView> months,
      List<SectionView> sections,
      int minimumBasis) {}

  /** One department's services and months, or neighbourhoods. */
  @JsonbNillable
  public record BreakdownView(PeriodView period, String department, List<GroupView> rows) {}

  /** The officials' dashboard. */
  @JsonbNillable
  public record DashboardView(
      PeriodView period,
      PeriodView previousPeriod,
      int targetYear,
      String department,
      List<String> scope,
      boolean allDepartments,
      boolean canSetTargets,
      GroupView total,
      List<KpiView> kpis,
      List<GroupView> departments,
      List<GroupView> services,
      List<GroupView> neighbourhoods,
      List<GroupView> months,
      long overdue,
      List<SectionView> sections) {}

  @JsonbNillable
  public record TargetView(
      long id,
      int year,
      String departmentCode,
      String serviceCode,
      Kpi kpi,
      double target,
      String setBy,
      java.time.OffsetDateTime setAt) {}

  public record TargetRequest(
      Integer year, String departmentCode, String serviceCode, String kpi, Double target) {}
}
