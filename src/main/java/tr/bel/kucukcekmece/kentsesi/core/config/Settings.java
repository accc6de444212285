package tr.bel.kucukcekmece.kentsesi.core.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's configuration keys. Each key is read through MicroProfile Config, so the environment
 * variable of the same name in upper case ({@code KENTSESI_DB_URL} for {@code kentsesi.db.url}) works.
 */
public final class Settings {

  public static final String DB_URL = "kentsesi.db.url";
  public static final String DB_USER = "kentsesi.db.user";
  public static final String DB_PASSWORD = "kentsesi.db.password";
  public static final String DB_SCHEMA = "kentsesi.db.schema";
  public static final String DATA_DIR = "kentsesi.data.dir";
  public static final String KNOWLEDGE_DIR = "kentsesi.knowledge.dir";
  public static final String ADMIN_PASSWORD = "kentsesi.admin.password";
  public static final String DEMO = "kentsesi.demo";
  public static final String CATALOG_FILE = "kentsesi.catalog.file";
  public static final String HOLIDAYS_FILE = "kentsesi.holidays.file";
  public static final String LOGIN_MAX_FAILURES = "kentsesi.login.maxFailures";
  public static final String LOGIN_WINDOW_MINUTES = "kentsesi.login.windowMinutes";
  public static final String SESSION_MAX_HOURS = "kentsesi.session.maxHours";
  public static final String MAX_BODY_BYTES = "kentsesi.http.maxBodyBytes";
  public static final String PUBLIC_URL = "kentsesi.public.url";
  public static final String HSTS_MAX_AGE = "kentsesi.http.hstsMaxAge";

  private Settings() {}

  private static Config config() {
    try {
      return ConfigProvider.getConfig(Settings.class.getClassLoader());
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** The value of a key, from MicroProfile Config, a system property or the environment; blank is absent. */
  public static Optional<String> get(String key) {
    Config config = config();
    Optional<String> value = Optional.empty();
    if (config != null) {
      value = config.getOptionalValue(key, String.class);
    }
    if (value.isEmpty()) {
      value = Optional.ofNullable(System.getProperty(key));
    }
    if (value.isEmpty()) {
      value = Optional.ofNullable(System.getenv(key.toUpperCase().replace('.', '_')));
    }
    return value.map(String::trim).filter(v -> !v.isEmpty());
  }

  public static String get(String key, String fallback) {
    return get(key).orElse(fallback);
  }

  public static int getInt(String key, int fallback) {
    return get(key).map(v -> {
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }).orElse(fallback);
  }

  public static boolean getBoolean(String key) {
    return get(key).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes")).orElse(false);
  }

  /** The data directory (H2 database, Lucene indexes), default {@code ./data}. */
  public static Path dataDir() {
    return Path.of(get(DATA_DIR, "data")).toAbsolutePath().normalize();
  }

  /** The knowledge directory the assistant indexes, default {@code ./index}. */
  public static Path knowledgeDir() {
    return Path.of(get(KNOWLEDGE_DIR, "index")).toAbsolutePath().normalize();
  }

  public static boolean demo() {
    return getBoolean(DEMO);
  }

  /**
   * The address citizens reach the portal at ({@code kentsesi.public.url}), without a trailing slash, when it is set
   * to an absolute http(s) URL with a host; empty otherwise (unset or unusable).
   */
  public static Optional<URI> publicUrl() {
    return get(PUBLIC_URL).map(v -> v.replaceAll("/+$", "")).flatMap(v -> {
      try {
        URI uri = new URI(v);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null
            && uri.getFragment() == null && uri.getUserInfo() == null) {
          return Optional.of(uri);
        }
      } catch (java.net.URISyntaxException e) {
        // unusable: treated as unset
      }
      return Optional.empty();
    });
  }

  /** Whether the portal is reached over TLS: the public URL is https (Secure cookies, HSTS). */
  public static boolean publicHttps() {
    return publicUrl().map(u -> u.getScheme().equalsIgnoreCase("https")).orElse(false);
  }
}
