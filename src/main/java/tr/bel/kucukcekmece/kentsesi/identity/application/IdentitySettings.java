package tr.bel.kucukcekmece.kentsesi.identity.application;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.config.SettingGroup;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException.FieldIssue;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;

/**
 * Configuration of accounts: the bootstrap administrator, login throttling and the account-request
 * limits.
 */
public final class IdentitySettings implements SettingGroup {

  /**
   * Account {@code admin}'s password on a start with no active administrator; it must meet the
   * password policy.
   */
  public static final Setting<Optional<String>> ADMIN_PASSWORD =
      Setting.optional(
              "kentsesi.admin.password",
              "a password meeting the password policy ("
                  + PasswordPolicy.MIN_LENGTH
                  + " to "
                  + PasswordPolicy.MAX_LENGTH
                  + " characters with a letter and a digit, not a common one)",
              IdentitySettings::adminPassword)
          .secret();

  public static final Setting<Integer> LOGIN_MAX_FAILURES =
      Setting.integer("kentsesi.login.maxFailures", 5, 1, 1000);
  public static final Setting<Integer> LOGIN_WINDOW_MINUTES =
      Setting.integer("kentsesi.login.windowMinutes", 15, 1, 10_080);
  public static final Setting<Integer> REGISTRATIONS_PER_HOUR =
      Setting.integer("kentsesi.accounts.registrationsPerHour", 10, 0, 1_000_000);
  public static final Setting<Integer> PASSWORD_RESETS_PER_HOUR =
      Setting.integer("kentsesi.accounts.passwordResetsPerHour", 10, 0, 1_000_000);

  /** For the registry ({@link java.util.ServiceLoader}); the settings themselves are static. */
  public IdentitySettings() {}

  static String adminPassword(String password) {
    List<FieldIssue> issues = PasswordPolicy.check("admin", password);
    if (!issues.isEmpty()) {
      throw new Setting.Rejected(
          issues.stream()
              .map(i -> Messages.get(Messages.ENGLISH, i.key(), i.params()))
              .collect(Collectors.joining(" ")));
    }
    return password;
  }
}
