package tr.bel.kucukcekmece.kentsesi.core.config;

/**
 * A configured value that the portal cannot use. The message is one line naming the key, its
 * environment variable, the value (never a secret one) and what was expected, e.g. {@code
 * kentsesi.login.maxFailures (KENTSESI_LOGIN_MAXFAILURES) is "abc": expected a whole number from 1
 * to 1000}.
 */
public class InvalidSetting extends IllegalArgumentException {

  private static final int SHOWN = 80;

  private final transient Setting<?> setting;

  InvalidSetting(Setting<?> setting, String value, String reason) {
    super(message(setting, value, reason));
    this.setting = setting;
  }

  public Setting<?> setting() {
    return setting;
  }

  private static String message(Setting<?> setting, String value, String reason) {
    String name =
        setting.isEnvironmentOnly()
            ? setting.key()
            : setting.key() + " (" + setting.environmentVariable() + ")";
    String shown =
        setting.isSecret()
            ? "set to a value that is not shown ("
                + value.codePointCount(0, value.length())
                + " characters)"
            : "\"" + printable(value) + "\"";
    return name
        + " is "
        + shown
        + ": expected "
        + setting.expected()
        + (reason == null ? "" : " (" + reason + ")");
  }

  /**
   * The value on one line: control characters as '?', a {@code password=} parameter (in a JDBC URL)
   * as {@code ***}, cut after {@value #SHOWN} characters.
   */
  private static String printable(String value) {
    String oneLine =
        value
            .replaceAll("(?i)(password=)[^;&\\s]*", "$1***")
            .codePoints()
            .map(c -> Character.isISOControl(c) ? '?' : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return oneLine.codePointCount(0, oneLine.length()) > SHOWN
        ? oneLine.substring(0, oneLine.offsetByCodePoints(0, SHOWN)) + "…"
        : oneLine;
  }
}
