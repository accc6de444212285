package tr.bel.kucukcekmece.kentsesi.core.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static Set<String> keys(String resource) throws Exception {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void serverMessagesExistInBothLanguages() throws Exception {
    assertEquals(keys("i18n/messages.properties"), keys("i18n/messages_en.properties"));
  }

  @Test
  void webBundlesHaveTheSameKeysInBothLanguages() throws Exception {
    JsonObject tr;
    JsonObject en;
    try (Reader a = Files.newBufferedReader(Path.of("webapp/i18n/tr.json"));
        Reader b = Files.newBufferedReader(Path.of("webapp/i18n/en.json"))) {
      tr = Json.createReader(a).readObject();
      en = Json.createReader(b).readObject();
    }
    assertEquals(new TreeSet<>(tr.keySet()), new TreeSet<>(en.keySet()));
  }

  @Test
  void languageIsChosenFromTheCallersPreferenceWithTurkishAsDefault() {
    assertEquals(Messages.ENGLISH, Messages.fromHeader("en-GB,en;q=0.9,tr;q=0.8"));
    assertEquals(Messages.TURKISH, Messages.fromHeader("tr-TR,tr;q=0.9,en;q=0.5"));
    assertEquals(Messages.TURKISH, Messages.fromHeader("de-DE"));
    assertEquals(Messages.TURKISH, Messages.fromHeader("not a header;;;"));
    assertEquals(Messages.ENGLISH, Messages.choose(List.of(Locale.GERMAN, Locale.ENGLISH)));
    assertEquals(Messages.TURKISH, Messages.choose(null));
  }

  @Test
  void messagesAreTranslatedAndParametrised() {
    String tr = Messages.get(Messages.TURKISH, "problem.login-throttled.detail", 42);
    String en = Messages.get(Messages.ENGLISH, "problem.login-throttled.detail", 42);
    assertNotEquals(tr, en);
    assertEquals("For your security, logins are paused. Try again in 42 seconds.", en);
    assertEquals("no.such.key", Messages.get(Messages.ENGLISH, "no.such.key"));
  }
}
