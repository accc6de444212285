package tr.bel.kucukcekmece.kentsesi.feedback;

/** What a citizen sends, as CİMER and the municipal call centres classify it. */
public enum FeedbackKind {
  /** A rating of a service the citizen used; the rating is required. */
  SATISFACTION,
  /** A request (istek). */
  REQUEST,
  /** A complaint (şikâyet). */
  COMPLAINT,
  /** An information request under law 4982: answered within 15 working days. */
  INFORMATION,
  /** A suggestion (öneri). */
  SUGGESTION,
  /** Thanks (teşekkür). */
  THANKS;

  public boolean requiresRating() {
    return this == SATISFACTION;
  }
}
