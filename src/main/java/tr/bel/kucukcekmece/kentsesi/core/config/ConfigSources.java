package tr.bel.kucukcekmece.kentsesi.core.config;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a key's text comes from: MicroProfile Config in the server, then a system property, then
 * the environment variable of the same name in upper case ({@code KENTSESI_DB_URL} for {@code
 * kentsesi.db.url}). Outside the server (unit tests, command-line programs) there is no
 * MicroProfile Config, and the last two still work.
 */
final class ConfigSources {

  private ConfigSources() {}

  private static Config config() {
    try {
      return ConfigProvider.getConfig(ConfigSources.class.getClassLoader());
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  static Optional<String> lookup(String key) {
    Config config = config();
    Optional<String> value = Optional.empty();
    if (config != null) {
      value = config.getOptionalValue(key, String.class);
    }
    if (value.isEmpty()) {
      value = Optional.ofNullable(System.getProperty(key));
    }
    if (value.isEmpty()) {
      value = Optional.ofNullable(System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_')));
    }
    return value;
  }
}
