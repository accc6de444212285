package tr.bel.kucukcekmece.kentsesi.feedback.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The KVKK information notice shown in full wherever a citizen may give contact data, with its
 * version.
 */
public final class KvkkNotice {

  /** Stored with every acknowledgement; change it whenever the text changes. */
  public static final String VERSION = "2026-1";

  private KvkkNotice() {}

  public static String text(String language) {
    String lang = "en".equals(language) ? "en" : "tr";
    try (InputStream in =
        KvkkNotice.class
            .getClassLoader()
            .getResourceAsStream("kvkk/feedback-notice." + lang + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("KVKK notice missing for " + lang);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
