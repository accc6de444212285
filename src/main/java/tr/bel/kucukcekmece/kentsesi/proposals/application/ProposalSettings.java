package tr.bel.kucukcekmece.kentsesi.proposals.application;

import tr.bel.kucukcekmece.kentsesi.core.config.Settings;

/** Configuration of proposals: the answer threshold and the rate limits. */
public final class ProposalSettings {

  public static final String THRESHOLD = "kentsesi.proposals.threshold";
  public static final String THRESHOLD_MONTHS = "kentsesi.proposals.thresholdMonths";
  public static final String ANSWER_DAYS = "kentsesi.proposals.answerDays";
  public static final String POSTS_PER_MINUTE = "kentsesi.proposals.postsPerMinute";
  public static final String SUPPORTS_PER_MINUTE = "kentsesi.proposals.supportsPerMinute";
  public static final String FLAGS_PER_MINUTE = "kentsesi.proposals.flagsPerMinute";
  public static final String CLIENT_PER_MINUTE = "kentsesi.proposals.clientPerMinute";

  private ProposalSettings() {}

  /** Supports that oblige the department to answer (default 300). */
  public static int threshold() {
    return Math.max(1, Settings.getInt(THRESHOLD, 300));
  }

  /** Within how many months of publication the threshold must be reached (default 12). */
  public static int thresholdMonths() {
    return Math.max(1, Settings.getInt(THRESHOLD_MONTHS, 12));
  }

  /** Calendar days the department has to answer once the threshold is reached (default 30). */
  public static int answerDays() {
    return Math.max(1, Settings.getInt(ANSWER_DAYS, 30));
  }
}
