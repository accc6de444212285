package tr.bel.kucukcekmece.kentsesi.feedback;

import java.util.List;
import java.util.Optional;

/**
 * Suggests the likely public service (and so department) for what a citizen writes, from the
 * catalog and from where past submissions were finally answered.
 */
public interface ServiceSuggestions {

  /**
   * A likely service with its department, their names in both languages (the department's are null
   * when it is not in the catalog) and a score relative to the best suggestion (1.0).
   */
  record Suggestion(
      String serviceCode,
      String departmentCode,
      String serviceNameTr,
      String serviceNameEn,
      String departmentNameTr,
      String departmentNameEn,
      double score) {}

  /** Up to {@code max} services for the text, best first; empty for text too short to tell. */
  List<Suggestion> suggest(String text, int max);

  /**
   * The best service for a text only when the text clearly points to it, for guesses filled in on
   * the citizen's behalf (the assistant's hand-off, a new proposal's department).
   */
  Optional<Suggestion> confident(String text);
}
