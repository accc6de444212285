package tr.bel.kucukcekmece.kentsesi.core.config;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One configuration key: its name, its default, what it accepts, and how its text becomes a typed
 * value. A value that does not parse is never replaced by the default: {@link #get()} throws {@link
 * InvalidSetting}, and the start-up check ({@code core.startup.ConfigurationCheck}) reads every
 * registered key before anything else runs, so a malformed value stops the start instead of
 * surfacing later.
 *
 * <p>The value comes from MicroProfile Config (a system property, the environment variable {@link
 * #environmentVariable()}, {@code microprofile-config.properties}); blank counts as unset. Keys
 * read by Payara before the portal starts are {@link #environmentOnly() environment variables
 * only}. The parsed value is kept while the text it came from stays the same, so a key is parsed
 * and validated once.
 *
 * <p>Declare settings as {@code public static final} fields of a feature's {@link SettingGroup};
 * {@code src/docs/configuration.md} lists each with its default and {@link #expected()} text (a
 * unit test keeps them equal).
 *
 * @param <T> the type of the value
 */
public final class Setting<T> {

  /**
   * Turns the configured text into a value; throws {@link IllegalArgumentException} when it is not
   * acceptable.
   */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(String text);
  }

  /**
   * Thrown by a {@link Parser} to say why a value is refused beyond {@link #expected()} (for
   * example "it is 5 bytes"); any other {@link IllegalArgumentException} refuses the value without
   * a reason.
   */
  public static class Rejected extends IllegalArgumentException {
    public Rejected(String reason) {
      super(reason);
    }
  }

  /** Documented default of a setting that has no value unless configured. */
  public static final String UNSET = "unset";

  private record Parsed<T>(String text, T value) {}

  private final String key;
  private final boolean environmentOnly;
  private final boolean secret;
  private final String defaultText;
  private final Supplier<T> defaultValue;
  private final String expected;
  private final Parser<T> parser;
  private volatile Parsed<T> last;

  private Setting(
      String key,
      boolean environmentOnly,
      boolean secret,
      String defaultText,
      Supplier<T> defaultValue,
      String expected,
      Parser<T> parser) {
    this.key = key;
    this.environmentOnly = environmentOnly;
    this.secret = secret;
    this.defaultText = defaultText;
    this.defaultValue = defaultValue;
    this.expected = expected;
    this.parser = parser;
  }

  /** A setting whose default is {@code defaultValue}, documented as {@code defaultText}. */
  public static <T> Setting<T> of(
      String key, T defaultValue, String defaultText, String expected, Parser<T> parser) {
    return new Setting<>(key, false, false, defaultText, () -> defaultValue, expected, parser);
  }

  /** A setting that has no value unless configured ({@code unset}). */
  public static <T> Setting<Optional<T>> optional(String key, String expected, Parser<T> parser) {
    return new Setting<>(
        key,
        false,
        false,
        UNSET,
        Optional::empty,
        expected,
        text -> Optional.of(parser.parse(text)));
  }

  /** A whole number from {@code min} to {@code max}. */
  public static Setting<Integer> integer(String key, int defaultValue, int min, int max) {
    return of(
        key,
        defaultValue,
        String.valueOf(defaultValue),
        wholeNumber(min, max),
        text -> parseInt(text, min, max));
  }

  /**
   * A whole number from {@code min} to {@code max} whose default is worked out when read
   * (documented in words).
   */
  public static Setting<Integer> integer(
      String key, Supplier<Integer> defaultValue, String defaultText, int min, int max) {
    return new Setting<>(
        key,
        false,
        false,
        defaultText,
        defaultValue,
        wholeNumber(min, max),
        text -> parseInt(text, min, max));
  }

  /** A TCP port, from 1 to 65535. */
  public static Setting<Integer> port(String key, int defaultValue) {
    return of(
        key,
        defaultValue,
        String.valueOf(defaultValue),
        "a port number from 1 to 65535",
        text -> parseInt(text, 1, 65535));
  }

  /** A decimal number from {@code min} to {@code max}. */
  public static Setting<Double> decimal(String key, double defaultValue, double min, double max) {
    return of(
        key,
        defaultValue,
        plain(defaultValue),
        "a number from " + plain(min) + " to " + plain(max),
        text -> {
          double d = Double.parseDouble(text);
          if (!(d >= min && d <= max)) {
            throw new IllegalArgumentException();
          }
          return d;
        });
  }

  /**
   * {@code true} or {@code false} (also {@code yes}/{@code no}, {@code 1}/{@code 0}), in any case.
   */
  public static Setting<Boolean> flag(String key, boolean defaultValue) {
    return of(
        key,
        defaultValue,
        String.valueOf(defaultValue),
        "true or false",
        text ->
            switch (text.toLowerCase(Locale.ROOT)) {
              case "true", "yes", "1" -> true;
              case "false", "no", "0" -> false;
              default -> throw new IllegalArgumentException();
            });
  }

  /** Any text, {@code defaultValue} when unset. */
  public static Setting<String> text(String key, String defaultValue) {
    return of(key, defaultValue, defaultValue, "text", text -> text);
  }

  /** Any text, empty when unset. */
  public static Setting<Optional<String>> text(String key) {
    return optional(key, "text", text -> text);
  }

  /** A file system path, made absolute against the working directory. */
  public static Setting<Path> path(String key, String defaultValue) {
    return of(key, toPath(defaultValue), defaultValue, "a directory path", Setting::toPath);
  }

  /**
   * The same setting, read only from its environment variable (Payara reads it before the portal
   * starts).
   */
  public Setting<T> environmentOnly() {
    return new Setting<>(key, true, secret, defaultText, defaultValue, expected, parser);
  }

  /** The same setting, whose value never appears in a message (passwords, keys). */
  public Setting<T> secret() {
    return new Setting<>(key, environmentOnly, true, defaultText, defaultValue, expected, parser);
  }

  /**
   * The key ({@code kentsesi.login.maxFailures}), or the variable's name for an environment-only
   * setting.
   */
  public String key() {
    return key;
  }

  /** The environment variable that sets it ({@code KENTSESI_LOGIN_MAXFAILURES}). */
  public String environmentVariable() {
    return environmentOnly ? key : key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  public boolean isEnvironmentOnly() {
    return environmentOnly;
  }

  public boolean isSecret() {
    return secret;
  }

  /**
   * The default as documented: a value, {@value #UNSET}, or words for a default worked out at run
   * time.
   */
  public String defaultText() {
    return defaultText;
  }

  /** What the setting accepts, as the start-up message and the documentation say it. */
  public String expected() {
    return expected;
  }

  /** The configured text, trimmed; empty when unset or blank. */
  public Optional<String> text() {
    Optional<String> value =
        environmentOnly ? Optional.ofNullable(System.getenv(key)) : ConfigSources.lookup(key);
    return value.map(String::trim).filter(v -> !v.isEmpty());
  }

  /** Whether a value is configured (not the default). */
  public boolean isSet() {
    return text().isPresent();
  }

  /**
   * The value: the configured one, or the default when unset; throws {@link InvalidSetting} when
   * malformed.
   */
  public T get() {
    String text = text().orElse(null);
    Parsed<T> parsed = last;
    if (parsed == null || !java.util.Objects.equals(parsed.text(), text)) {
      parsed = new Parsed<>(text, text == null ? defaultValue.get() : parse(text));
      last = parsed;
    }
    return parsed.value();
  }

  /** Parses {@code text} as this setting would; throws {@link InvalidSetting} when malformed. */
  public T parse(String text) {
    try {
      return parser.parse(text);
    } catch (Rejected e) {
      throw new InvalidSetting(this, text, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InvalidSetting(this, text, null);
    }
  }

  @Override
  public String toString() {
    return key;
  }

  private static String wholeNumber(int min, int max) {
    return "a whole number from " + min + " to " + max;
  }

  private static int parseInt(String text, int min, int max) {
    int n = Integer.parseInt(text);
    if (n < min || n > max) {
      throw new IllegalArgumentException();
    }
    return n;
  }

  private static Path toPath(String text) {
    try {
      return Path.of(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
