package tr.bel.kucukcekmece.kentsesi.transparency.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackFacts;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Measures;

/**
 * A rollup cell: grain {@code D} (month, department; item "*"), {@code S} (month, department,
 * service) or {@code N} (month, department, neighbourhood; "-" when none was given).
 */
public record CellKey(String grain, LocalDate month, String department, String item) {

  public static final String DEPARTMENT = "D";
  public static final String ALL = "*";
  public static final String SERVICE = "S";
  public static final String NEIGHBOURHOOD = "N";
  public static final String NO_NEIGHBOURHOOD = "-";

  /** A fixed order, so that every transaction locks cells in the same order. */
  public static final Comparator<CellKey> ORDER =
      Comparator.comparing(CellKey::grain)
          .thenComparing(CellKey::month)
          .thenComparing(CellKey::department)
          .thenComparing(CellKey::item);

  /** The cells a submission counts in. */
  public static List<CellKey> of(FeedbackFacts f) {
    LocalDate month = Measures.month(f);
    return List.of(
        new CellKey(DEPARTMENT, month, f.departmentCode(), ALL),
        new CellKey(SERVICE, month, f.departmentCode(), f.serviceCode()),
        new CellKey(
            NEIGHBOURHOOD,
            month,
            f.departmentCode(),
            f.neighbourhoodCode() == null ? NO_NEIGHBOURHOOD : f.neighbourhoodCode()));
  }
}
