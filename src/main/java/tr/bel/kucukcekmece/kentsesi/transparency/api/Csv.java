package tr.bel.kucukcekmece.kentsesi.transparency.api;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.GroupView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.KpiView;

/** CSV (RFC 4180, UTF-8, comma, CRLF) of the transparency tables and open data. */
public final class Csv {

  private Csv() {}

  public static void row(Writer w, List<?> values) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      Object v = values.get(i);
      String s = v == null ? "" : v.toString();
      if (s.indexOf(',') >= 0
          || s.indexOf('"') >= 0
          || s.indexOf('\n') >= 0
          || s.indexOf('\r') >= 0) {
        s = '"' + s.replace("\"", "\"\"") + '"';
      }
      b.append(s);
    }
    b.append("\r\n");
    w.write(b.toString());
  }

  public static final List<String> GROUP_HEADER =
      List.of(
          "code",
          "name",
          "submissions",
          "satisfaction_mean",
          "satisfaction_ci95_low",
          "satisfaction_ci95_high",
          "ratings",
          "resolution_satisfaction_mean",
          "answered",
          "on_time_rate",
          "reopen_rate",
          "median_response_days",
          "p90_response_days",
          "median_resolution_days",
          "p90_resolution_days",
          "suppressed");

  public static List<Object> group(GroupView g) {
    List<Object> r = new ArrayList<>();
    r.add(g.code());
    r.add(g.name());
    r.add(g.submissions());
    r.add(g.satisfaction() == null ? null : g.satisfaction().mean());
    r.add(g.satisfaction() == null ? null : g.satisfaction().ci95Low());
    r.add(g.satisfaction() == null ? null : g.satisfaction().ci95High());
    r.add(g.satisfaction() == null ? null : g.satisfaction().ratings());
    r.add(g.resolutionSatisfaction() == null ? null : g.resolutionSatisfaction().mean());
    r.add(g.answered());
    r.add(g.onTimeRate());
    r.add(g.reopenRate());
    r.add(g.medianResponseDays());
    r.add(g.p90ResponseDays());
    r.add(g.medianResolutionDays());
    r.add(g.p90ResolutionDays());
    r.add(
        g.suppressed() || (g.suppressedFigures() != null && !g.suppressedFigures().isEmpty())
            ? String.join(" ", g.suppressedFigures())
            : "");
    return r;
  }

  public static final List<String> KPI_HEADER =
      List.of("kpi", "value", "basis", "target", "status", "previous", "change");

  public static List<Object> kpi(KpiView k) {
    return java.util.Arrays.asList(
        k.kpi(), k.value(), k.basis(), k.target(), k.status(), k.previous(), k.change());
  }
}
