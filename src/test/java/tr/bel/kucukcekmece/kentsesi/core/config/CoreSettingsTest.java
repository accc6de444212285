package tr.bel.kucukcekmece.kentsesi.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * What the core settings accept: an unusable public URL, JDBC URL, schema or sender is refused, not
 * ignored.
 */
class CoreSettingsTest {

  @Test
  void thePublicUrlIsAnAbsoluteHttpOrHttpsAddressWithoutTrailingSlash() {
    assertEquals(
        URI.create("https://kentsesi.kucukcekmece.bel.tr"),
        CoreSettings.PUBLIC_URL.parse("https://kentsesi.kucukcekmece.bel.tr/").orElseThrow());
    assertEquals(
        URI.create("http://127.0.0.1:8080/portal"),
        CoreSettings.PUBLIC_URL.parse("http://127.0.0.1:8080/portal//").orElseThrow());
    for (String unusable :
        new String[] {
          "kentsesi.kucukcekmece.bel.tr",
          "ftp://host",
          "https://",
          "https://host/?a=b",
          "https://host/#top",
          "https://user@host",
          "https://ho st",
          "/relative"
        }) {
      InvalidSetting e =
          assertThrows(
              InvalidSetting.class, () -> CoreSettings.PUBLIC_URL.parse(unusable), unusable);
      assertEquals(
          "kentsesi.public.url (KENTSESI_PUBLIC_URL) is \""
              + unusable
              + "\": expected an absolute http or "
              + "https URL with a host, without query, fragment or user",
          e.getMessage());
    }
  }

  @Test
  void theDatabaseUrlIsPostgresqlOrH2AndTheSchemaAPlainName() {
    assertEquals(
        "jdbc:postgresql://127.0.0.1:5432/kentsesi",
        CoreSettings.DB_URL.parse("jdbc:postgresql://127.0.0.1:5432/kentsesi").orElseThrow());
    assertEquals("jdbc:h2:mem:x", CoreSettings.DB_URL.parse("jdbc:h2:mem:x").orElseThrow());
    assertThrows(
        InvalidSetting.class, () -> CoreSettings.DB_URL.parse("postgresql://127.0.0.1/kentsesi"));
    assertThrows(
        InvalidSetting.class, () -> CoreSettings.DB_URL.parse("jdbc:mysql://127.0.0.1/kentsesi"));
    assertEquals("ks_h_config", CoreSettings.DB_SCHEMA.parse("ks_h_config").orElseThrow());
    assertThrows(InvalidSetting.class, () -> CoreSettings.DB_SCHEMA.parse("1abc"));
    assertThrows(InvalidSetting.class, () -> CoreSettings.DB_SCHEMA.parse("a;drop"));
    assertThrows(InvalidSetting.class, () -> CoreSettings.DB_SCHEMA.parse("a".repeat(64)));
  }

  @Test
  void theSenderIsAnEmailAddress() {
    assertEquals(
        "Kent Sesi <noreply@kucukcekmece.bel.tr>",
        CoreSettings.SMTP_FROM.parse(CoreSettings.SMTP_FROM.defaultText()),
        "the default is acceptable");
    assertEquals("info@example.org", CoreSettings.SMTP_FROM.parse("info@example.org"));
    assertThrows(InvalidSetting.class, () -> CoreSettings.SMTP_FROM.parse("Kent Sesi"));
    assertThrows(InvalidSetting.class, () -> CoreSettings.SMTP_FROM.parse("Kent Sesi <noreply@"));
  }

  @Test
  void theMetricsPortIsAnEnvironmentVariableOnly() {
    assertEquals("KENTSESI_METRICS_PORT", CoreSettings.METRICS_PORT.environmentVariable());
    assertEquals(true, CoreSettings.METRICS_PORT.isEnvironmentOnly());
    assertThrows(InvalidSetting.class, () -> CoreSettings.METRICS_PORT.parse("x9464"));
  }
}
