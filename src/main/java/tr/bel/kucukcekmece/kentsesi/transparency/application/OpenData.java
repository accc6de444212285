package tr.bel.kucukcekmece.kentsesi.transparency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tr.bel.kucukcekmece.kentsesi.core.stats.OpenDataset;
import tr.bel.kucukcekmece.kentsesi.core.stats.OpenDataset.Field;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatistics;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Figures;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Measures;

/**
 * The open data sets: feedback (one row per submission, anonymous, with rare combinations
 * generalised) and every feature's {@link OpenDataset}.
 */
@ApplicationScoped
public class OpenData {

  public static final String FEEDBACK = "feedback";

  /** The feedback data set's columns. */
  public static final List<Field> FEEDBACK_FIELDS =
      List.of(
          new Field(
              "month", "yearmonth", "Month the submission was received (Istanbul time), YYYY-MM."),
          new Field(
              "kind",
              "string",
              "SATISFACTION, REQUEST, COMPLAINT, INFORMATION (law 4982), SUGGESTION or THANKS."),
          new Field(
              "department",
              "string",
              "Code of the responsible department (see /api/catalog/departments)."),
          new Field(
              "service",
              "string",
              "Code of the municipal service; empty when generalised because fewer than 5"
                  + " submissions share the month and service."),
          new Field(
              "neighbourhood",
              "string",
              "Code of the neighbourhood (see /api/catalog/neighbourhoods); empty when"
                  + " not given or generalised because fewer than 5 submissions share the month, service and neighbourhood."),
          new Field(
              "rating",
              "integer",
              "Satisfaction rating 1-5 given with the submission; empty when none."),
          new Field(
              "status",
              "string",
              "RECEIVED, IN_PROGRESS, ANSWERED, RESOLVED, CLOSED or REOPENED at export time."),
          new Field(
              "days_to_response",
              "integer",
              "Whole 24-hour periods from receipt to the first response"
                  + " (61 means 61 or more); empty when not answered yet."),
          new Field(
              "on_time",
              "boolean",
              "Whether the first response came on or before the due date of the service"
                  + " standard; empty when not answered yet."));

  @Inject FeedbackStatistics statistics;

  @Inject Instance<OpenDataset> datasets;

  /** The other features' data sets by name. */
  public Map<String, OpenDataset> others() {
    Map<String, OpenDataset> out = new java.util.TreeMap<>();
    datasets.forEach(d -> out.put(d.name(), d));
    return out;
  }

  public Optional<OpenDataset> dataset(String name) {
    return Optional.ofNullable(others().get(name));
  }

  /**
   * Every submission as an open data row, in id order. Quasi-identifiers are generalised where a
   * combination is rare: fewer than 5 submissions sharing (month, service, neighbourhood) lose the
   * neighbourhood; fewer than 5 sharing (month, service) lose the service too; fewer than 5 sharing
   * (month, department) are left out.
   */
  public void feedbackRows(Consumer<List<Object>> sink) {
    Map<String, int[]> counts = new HashMap<>();
    statistics.scan(
        null,
        null,
        f -> {
          String month = Measures.month(f).toString().substring(0, 7);
          count(counts, "1|" + month + "|" + f.serviceCode() + "|" + f.neighbourhoodCode());
          count(counts, "2|" + month + "|" + f.serviceCode());
          count(counts, "3|" + month + "|" + f.departmentCode());
        });
    statistics.scan(
        null,
        null,
        f -> {
          String month = Measures.month(f).toString().substring(0, 7);
          if (!Figures.publishable(counts.get("3|" + month + "|" + f.departmentCode())[0])) {
            return;
          }
          boolean serviceOk =
              Figures.publishable(counts.get("2|" + month + "|" + f.serviceCode())[0]);
          boolean hoodOk =
              serviceOk
                  && Figures.publishable(
                      counts
                          .get("1|" + month + "|" + f.serviceCode() + "|" + f.neighbourhoodCode())[
                          0]);
          sink.accept(row(f, month, serviceOk, hoodOk));
        });
  }

  private static List<Object> row(FeedbackFacts f, String month, boolean service, boolean hood) {
    boolean answered = f.firstResponseAt() != null;
    return new ArrayList<>(
        Arrays.asList(
            month,
            f.kind().name(),
            f.departmentCode(),
            service ? f.serviceCode() : null,
            hood ? f.neighbourhoodCode() : null,
            f.rating(),
            f.status().name(),
            answered ? Measures.days(f.createdAt(), f.firstResponseAt()) : null,
            answered ? Measures.onTime(f) : null));
  }

  private static void count(Map<String, int[]> counts, String key) {
    counts.computeIfAbsent(key, k -> new int[1])[0]++;
  }
}
