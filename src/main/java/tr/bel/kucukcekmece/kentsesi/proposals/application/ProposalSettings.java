package tr.bel.kucukcekmece.kentsesi.proposals.application;

import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.config.SettingGroup;

/** Configuration of proposals: the answer threshold and the rate limits. */
public final class ProposalSettings implements SettingGroup {

  public static final Setting<Integer> THRESHOLD =
      Setting.integer("kentsesi.proposals.threshold", 300, 1, 1_000_000);
  public static final Setting<Integer> THRESHOLD_MONTHS =
      Setting.integer("kentsesi.proposals.thresholdMonths", 12, 1, 120);
  public static final Setting<Integer> ANSWER_DAYS =
      Setting.integer("kentsesi.proposals.answerDays", 30, 1, 365);
  public static final Setting<Integer> POSTS_PER_MINUTE =
      Setting.integer("kentsesi.proposals.postsPerMinute", 5, 0, 1_000_000);
  public static final Setting<Integer> SUPPORTS_PER_MINUTE =
      Setting.integer("kentsesi.proposals.supportsPerMinute", 30, 0, 1_000_000);
  public static final Setting<Integer> FLAGS_PER_MINUTE =
      Setting.integer("kentsesi.proposals.flagsPerMinute", 10, 0, 1_000_000);
  public static final Setting<Integer> CLIENT_PER_MINUTE =
      Setting.integer("kentsesi.proposals.clientPerMinute", 120, 0, 1_000_000);

  /** For the registry ({@link java.util.ServiceLoader}); the settings themselves are static. */
  public ProposalSettings() {}

  /** Supports that oblige the department to answer (default 300). */
  public static int threshold() {
    return THRESHOLD.get();
  }

  /** Within how many months of publication the threshold must be reached (default 12). */
  public static int thresholdMonths() {
    return THRESHOLD_MONTHS.get();
  }

  /** Calendar days the department has to answer once the threshold is reached (default 30). */
  public static int answerDays() {
    return ANSWER_DAYS.get();
  }
}
