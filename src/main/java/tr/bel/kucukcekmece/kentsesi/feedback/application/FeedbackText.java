package tr.bel.kucukcekmece.kentsesi.feedback.application;

/** Free text in submissions, answers and notes: its length limit and how it is cleaned. */
public final class FeedbackText {

  /** The longest comment, public response or note, in characters. */
  public static final int COMMENT_MAX = 4000;

  private FeedbackText() {}

  /**
   * Plain text: control characters other than line breaks and tabs removed, trimmed; blank is null.
   */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String cleaned = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
    return cleaned.isEmpty() ? null : cleaned;
  }
}
