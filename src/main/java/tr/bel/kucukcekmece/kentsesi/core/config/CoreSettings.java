package tr.bel.kucukcekmece.kentsesi.core.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The settings of the shared core: database, data directory, demo mode, public address, HTTP
 * limits, sessions, logging, mail and the metrics port. Each feature keeps its own in a {@link
 * SettingGroup} of its own; {@code src/docs/configuration.md} lists them all.
 */
public final class CoreSettings implements SettingGroup {

  private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

  public static final Setting<Optional<String>> DB_URL =
      Setting.optional(
          "kentsesi.db.url",
          "a JDBC URL starting with jdbc:postgresql: or jdbc:h2:",
          CoreSettings::jdbcUrl);
  public static final Setting<Optional<String>> DB_USER = Setting.text("kentsesi.db.user");
  public static final Setting<Optional<String>> DB_PASSWORD =
      Setting.text("kentsesi.db.password").secret();
  public static final Setting<Optional<String>> DB_SCHEMA =
      Setting.optional(
          "kentsesi.db.schema",
          "a schema name (letters, digits and _, not starting with a digit, at most 63)",
          CoreSettings::schema);
  public static final Setting<Path> DATA_DIR = Setting.path("kentsesi.data.dir", "data");
  public static final Setting<Boolean> DEMO = Setting.flag("kentsesi.demo", false);
  public static final Setting<Optional<URI>> PUBLIC_URL =
      Setting.optional(
          "kentsesi.public.url",
          "an absolute http or https URL with a host, without query, fragment or user",
          CoreSettings::publicUrl);
  public static final Setting<Integer> MAX_BODY_BYTES =
      Setting.integer("kentsesi.http.maxBodyBytes", 64 * 1024, 1024, 10 * 1024 * 1024);
  public static final Setting<Integer> HSTS_MAX_AGE =
      Setting.integer("kentsesi.http.hstsMaxAge", 31_536_000, 0, 63_072_000);
  public static final Setting<Integer> SESSION_MAX_HOURS =
      Setting.integer("kentsesi.session.maxHours", 12, 1, 8760);
  public static final Setting<Integer> LOG_REPEAT_SECONDS =
      Setting.integer("kentsesi.log.repeatSeconds", 60, 1, 3600);
  public static final Setting<Optional<String>> SMTP_HOST = Setting.text("kentsesi.smtp.host");
  public static final Setting<Integer> SMTP_PORT = Setting.port("kentsesi.smtp.port", 25);
  public static final Setting<Boolean> SMTP_STARTTLS =
      Setting.flag("kentsesi.smtp.starttls", false);
  public static final Setting<Optional<String>> SMTP_USER = Setting.text("kentsesi.smtp.user");
  public static final Setting<Optional<String>> SMTP_PASSWORD =
      Setting.text("kentsesi.smtp.password").secret();
  public static final Setting<String> SMTP_FROM =
      Setting.of(
          "kentsesi.smtp.from",
          "Kent Sesi <noreply@kucukcekmece.bel.tr>",
          "Kent Sesi <noreply@kucukcekmece.bel.tr>",
          "an e-mail address, with or without a name (Name <address>)",
          CoreSettings::mailAddress);

  /**
   * Read by {@code src/main/payara/pre-boot.asadmin} before the portal starts, so an environment
   * variable only.
   */
  public static final Setting<Integer> METRICS_PORT =
      Setting.port("KENTSESI_METRICS_PORT", 9464).environmentOnly();

  /** For the registry ({@link java.util.ServiceLoader}); the settings themselves are static. */
  public CoreSettings() {}

  /** The data directory (H2 database, Lucene indexes). */
  public static Path dataDir() {
    return DATA_DIR.get();
  }

  public static boolean demo() {
    return DEMO.get();
  }

  /** The address citizens reach the portal at, without a trailing slash; empty when unset. */
  public static Optional<URI> publicUrl() {
    return PUBLIC_URL.get();
  }

  /** The base of links in e-mails: the public URL, {@code http://localhost:8080} when unset. */
  public static String publicBase() {
    return publicUrl().map(URI::toString).orElse("http://localhost:8080");
  }

  /** Whether the portal is reached over TLS: the public URL is https (Secure cookies, HSTS). */
  public static boolean publicHttps() {
    return publicUrl().map(u -> u.getScheme().equalsIgnoreCase("https")).orElse(false);
  }

  static String jdbcUrl(String text) {
    if (!text.startsWith("jdbc:postgresql:") && !text.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException();
    }
    return text;
  }

  static String schema(String text) {
    if (!SCHEMA.matcher(text).matches()) {
      throw new IllegalArgumentException();
    }
    return text;
  }

  static URI publicUrl(String text) {
    try {
      URI uri = new URI(text.replaceAll("/+$", ""));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null
          && uri.getUserInfo() == null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new IllegalArgumentException();
  }

  static String mailAddress(String text) {
    try {
      if (new InternetAddress(text, true).getAddress().contains("@")) {
        return text;
      }
    } catch (AddressException e) {
      // refused below
    }
    throw new IllegalArgumentException();
  }
}
