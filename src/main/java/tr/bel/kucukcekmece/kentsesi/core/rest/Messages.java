package tr.bel.kucukcekmece.kentsesi.core.rest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Server-side messages in Turkish (the default) and English, from {@code
 * i18n/messages*.properties}.
 */
public final class Messages {

  public static final Locale TURKISH = Locale.forLanguageTag("tr");
  public static final Locale ENGLISH = Locale.ENGLISH;
  private static final String BUNDLE = "i18n.messages";

  private Messages() {}

  /**
   * The first of Turkish or English in the caller's preference order; Turkish when neither is asked
   * for.
   */
  public static Locale choose(List<Locale> acceptable) {
    if (acceptable != null) {
      for (Locale l : acceptable) {
        String lang = l.getLanguage();
        if ("en".equals(lang)) {
          return ENGLISH;
        }
        if ("tr".equals(lang)) {
          return TURKISH;
        }
      }
    }
    return TURKISH;
  }

  /** Parses an Accept-Language header value (for servlet filters, outside JAX-RS). */
  public static Locale fromHeader(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return TURKISH;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      for (Locale.LanguageRange r : ranges) {
        String tag = r.getRange().toLowerCase(Locale.ROOT);
        if (tag.startsWith("en")) {
          return ENGLISH;
        }
        if (tag.startsWith("tr")) {
          return TURKISH;
        }
      }
    } catch (IllegalArgumentException e) {
      return TURKISH;
    }
    return TURKISH;
  }

  public static boolean has(String key) {
    try {
      ResourceBundle.getBundle(BUNDLE, TURKISH, Messages.class.getClassLoader()).getString(key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  /** The message for a key, with {0}-style parameters; the key itself when it is unknown. */
  public static String get(Locale locale, String key, Object... params) {
    String pattern;
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              BUNDLE,
              locale,
              Messages.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (params == null || params.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, locale).format(params);
  }
}
