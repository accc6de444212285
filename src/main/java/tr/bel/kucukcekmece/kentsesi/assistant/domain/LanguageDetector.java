package tr.bel.kucukcekmece.kentsesi.assistant.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Tells Turkish from English for a question or a document. Turkish letters decide at once;
 * otherwise common function words and Turkish suffixes are counted, so "cop ne zaman aliniyor" (no
 * Turkish letters) is Turkish.
 */
public final class LanguageDetector {

  private static final Set<String> TURKISH =
      Set.of(
          "ve",
          "bir",
          "bu",
          "da",
          "de",
          "ne",
          "mi",
          "mı",
          "mu",
          "mü",
          "icin",
          "için",
          "ile",
          "nasil",
          "nasıl",
          "nerede",
          "neden",
          "kim",
          "hangi",
          "kac",
          "kaç",
          "zaman",
          "var",
          "yok",
          "nedir",
          "mudur",
          "midir",
          "misiniz",
          "istiyorum",
          "ben",
          "benim",
          "bana",
          "sizin",
          "olan",
          "olarak",
          "gibi",
          "daha",
          "en",
          "her",
          "veya",
          "ya",
          "ama",
          "cok",
          "çok",
          "nereye",
          "neler",
          "ucret",
          "ücret",
          "kadar",
          "sonra",
          "once",
          "önce",
          "belediye",
          "belediyesi",
          "basvuru",
          "başvuru",
          "mahalle",
          "sokak",
          "yapabilirim",
          "alabilirim",
          "gerekir",
          "gerekli",
          "lazim",
          "lazım",
          "peki",
          "acaba",
          "hakkinda",
          "hakkında",
          "ediyor",
          "olur",
          "olmuyor",
          "aliniyor",
          "alınıyor");
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "a", "an", "is", "are", "was", "what", "how", "where", "when", "who", "which",
          "why", "do", "does", "can", "i", "my", "you", "your", "to", "of", "in", "on", "for",
          "and", "or", "it", "with", "at", "by", "from", "be", "have", "has", "much", "many",
          "long", "should", "need", "get", "there", "this", "that", "me", "we", "our", "status",
          "request", "please", "about");
  private static final String[] TURKISH_SUFFIXES = {
    "lar", "ler", "ları", "leri", "nin", "nın", "dan", "den", "ndan", "nden", "sini", "sını",
        "iyor", "yor",
    "mak", "mek", "abilir", "ebilir", "dir", "dır", "sı", "si", "lari", "leri", "imiz", "iniz",
        "ın", "in"
  };

  private LanguageDetector() {}

  public static String detect(String text) {
    return detect(text, "tr");
  }

  /** The language of the text; {@code fallback} when the text gives no sign either way. */
  public static String detect(String text, String fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    String lower = text.toLowerCase(Locale.forLanguageTag("tr"));
    int tr = 0;
    int en = 0;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == 'ç' || c == 'ğ' || c == 'ı' || c == 'ö' || c == 'ş' || c == 'ü') {
        tr += 2;
      }
    }
    for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (TURKISH.contains(word)) {
        tr += 2;
      }
      if (ENGLISH.contains(word)) {
        en += 2;
      }
      if (word.length() > 4) {
        for (String suffix : TURKISH_SUFFIXES) {
          if (word.endsWith(suffix)) {
            tr++;
            break;
          }
        }
        if (word.endsWith("ing")
            || word.endsWith("tion")
            || word.endsWith("ed")
            || word.endsWith("ly")) {
          en++;
        }
      }
    }
    return en > tr ? "en" : tr > en ? "tr" : fallback;
  }
}
