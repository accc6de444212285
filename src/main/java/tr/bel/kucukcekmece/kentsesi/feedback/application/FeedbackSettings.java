package tr.bel.kucukcekmece.kentsesi.feedback.application;

import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.config.SettingGroup;

/**
 * Configuration of feedback: the contact-data key and retention, the submission limit, group
 * commit, demo rows.
 */
public final class FeedbackSettings implements SettingGroup {

  /**
   * AES-256 key for citizens' contact data; without it only demo mode starts (see {@link
   * ContactCipher}).
   */
  public static final Setting<Optional<byte[]>> CONTACT_KEY =
      Setting.optional(
              "kentsesi.contact.key",
              "base64 of 32 random bytes (openssl rand -base64 32)",
              ContactCipher::keyBytes)
          .secret();

  public static final Setting<Integer> CONTACT_RETENTION_DAYS =
      Setting.integer("kentsesi.contact.retentionDays", 180, 0, 36_500);
  public static final Setting<Integer> RATE_PER_MINUTE =
      Setting.integer("kentsesi.feedback.ratePerMinute", 10, 0, 1_000_000);
  public static final Setting<Integer> WRITERS =
      Setting.integer("kentsesi.feedback.writers", 2, 1, 32);
  public static final Setting<Integer> BATCH_MAX =
      Setting.integer("kentsesi.feedback.batchMax", 100, 1, 10_000);
  public static final Setting<Integer> DEMO_ROWS =
      Setting.integer("kentsesi.demo.feedback", 600, 0, 10_000_000);

  /** For the registry ({@link java.util.ServiceLoader}); the settings themselves are static. */
  public FeedbackSettings() {}
}
