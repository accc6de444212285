package tr.bel.kucukcekmece.kentsesi.assistant.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a question asks for, from its wording in Turkish (with or without Turkish letters) or
 * English; used to prefer sentences that carry that kind of fact (a date or day for "when", a
 * number for "how many", a place for "where"...).
 */
public enum QuestionKind {
  WHEN,
  HOW_MANY,
  WHERE,
  HOW,
  WHO,
  WHICH_DOCUMENTS,
  WHY,
  OTHER;

  private static final Pattern WHEN_Q =
      Pattern.compile(
          "\\b(ne zaman|hangi (gun|gün|saat|tarih|yil|yıl|ay)|saat kac|saat kaç|kacta|kaçta|when|what time|what year|which year|what day|how long ago|what date|tarih|hangi yilda|hangi yılda)");
  private static final Pattern HOW_MANY_Q =
      Pattern.compile(
          "\\b(kac|kaç|ne kadar|how many|how much|how long|kaç gün|ucret|ücret|fiyat|cost|fee|price|yüzde|yuzde|percent|what percentage|number of|sayisi|sayısı|miktar)");
  private static final Pattern WHERE_Q =
      Pattern.compile(
          "\\b(nerede|nereye|nereden|neresi|hangi (adres|yer|bina|birim|mudurluk|müdürlük)|where|which office|which department|what place|adres)");
  private static final Pattern HOW_Q =
      Pattern.compile(
          "\\b(nasil|nasıl|ne yapmal|ne yapmam|ne yapabilirim|how (do|can|to|should|does)|what should i do|what can i do|basvur|başvur|apply|yol)");
  private static final Pattern WHO_Q =
      Pattern.compile("\\b(kim|kimler|kime|kimin|who|whom|whose)\\b");
  private static final Pattern DOCS_Q =
      Pattern.compile(
          "\\b(hangi belge|belgeler|evrak|gerekli|gereken|documents?|papers?|what do i need|requirements?|need to bring)");
  private static final Pattern WHY_Q =
      Pattern.compile("\\b(neden|niçin|nicin|niye|why|what is the reason)\\b");

  private static final Pattern DATE_CUE =
      Pattern.compile(
          "(\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b1[0-9]{3}\\b|\\b20[0-9]{2}\\b|\\b\\d{1,2}[:.]\\d{2}\\b|"
              + "\\b(ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|"
              + "pazartesi|salı|sali|çarşamba|carsamba|perşembe|persembe|cuma|cumartesi|pazar|sabah|akşam|aksam|gece|saat|hafta|yüzyıl|yuzyil|"
              + "january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|"
              + "wednesday|thursday|friday|saturday|sunday|morning|evening|night|century|year|week|day|days|hours?|gün|gun|yıl|yil)\\b)");
  private static final Pattern NUMBER_CUE =
      Pattern.compile(
          "(\\d|\\b(bir|iki|üç|uc|dört|dort|beş|bes|altı|alti|yedi|sekiz|dokuz|on|yüz|yuz|bin|milyon|one|two|three|four|five|six|seven|"
              + "eight|nine|ten|hundred|thousand|million|ücretsiz|ucretsiz|free|tl|lira|percent|yüzde|yuzde)\\b)");
  private static final Pattern PLACE_CUE =
      Pattern.compile(
          "(\\b(adres|bina|binası|binasi|merkez|merkezi|müdürlüğü|mudurlugu|hizmet binası|şube|sube|masa|masası|ofis|"
              + "office|building|centre|center|street|avenue|hall|desk|located|website|www|kent sesi|e-belediye)\\b|"
              + "\\p{L}+'?(da|de|ta|te)\\b|\\b(in|at|near)\\s+\\p{Lu})");
  private static final Pattern HOW_CUE =
      Pattern.compile(
          "\\b(başvur\\p{L}*|basvur\\p{L}*|yapabilirsiniz|yapılır|yapilir|gerekir|gerekmektedir|iletebilirsiniz|bildirebilirsiniz|"
              + "doldur\\p{L}*|seçin|secin|tıklayın|tiklayin|apply|submit|fill|choose|select|visit|call|contact|bring|go to|"
              + "you can|must|should|by)\\b");
  private static final Pattern WHO_CUE =
      Pattern.compile(
          "(\\b(müdürlüğü|mudurlugu|müdürlük|mudurluk|tarafından|tarafindan|başkan\\p{L}*|baskan\\p{L}*|directorate|department|"
              + "mayor|officer|by)\\b|\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+)");
  private static final Pattern DOCS_CUE =
      Pattern.compile(
          "\\b(belge\\p{L}*|kimlik\\p{L}*|fotoğraf\\p{L}*|fotograf\\p{L}*|dilekçe\\p{L}*|dilekce\\p{L}*|nüfus|nufus|rapor\\p{L}*|"
              + "form\\p{L}*|sözleşme\\p{L}*|sozlesme\\p{L}*|tapu\\p{L}*|document\\p{L}*|identity|id card|photo\\p{L}*|certificate\\p{L}*|"
              + "report|copy|copies)\\b");
  private static final Pattern WHY_CUE =
      Pattern.compile(
          "\\b(çünkü|cunku|nedeniyle|dolayı|dolayi|için|icin|amacıyla|amaciyla|because|due to|so that|in order to|since|reason)\\b");

  public static QuestionKind of(String question) {
    String q = question.toLowerCase(Locale.forLanguageTag("tr"));
    if (DOCS_Q.matcher(q).find()) {
      return WHICH_DOCUMENTS;
    }
    if (WHEN_Q.matcher(q).find()) {
      return WHEN;
    }
    if (HOW_MANY_Q.matcher(q).find()) {
      return HOW_MANY;
    }
    if (WHERE_Q.matcher(q).find()) {
      return WHERE;
    }
    if (WHO_Q.matcher(q).find()) {
      return WHO;
    }
    if (WHY_Q.matcher(q).find()) {
      return WHY;
    }
    if (HOW_Q.matcher(q).find()) {
      return HOW;
    }
    return OTHER;
  }

  /** How strongly a sentence carries the kind of fact this question asks for, 0..1. */
  public double cue(String sentence) {
    String s = sentence.toLowerCase(Locale.forLanguageTag("tr"));
    return switch (this) {
      case WHEN -> DATE_CUE.matcher(s).find() ? 1 : 0;
      case HOW_MANY -> NUMBER_CUE.matcher(s).find() ? 1 : 0;
      case WHERE -> PLACE_CUE.matcher(sentence).find() ? 1 : 0;
      case HOW -> HOW_CUE.matcher(s).find() ? 1 : 0;
      case WHO -> WHO_CUE.matcher(sentence).find() ? 1 : 0;
      case WHICH_DOCUMENTS -> DOCS_CUE.matcher(s).find() ? 1 : 0;
      case WHY -> WHY_CUE.matcher(s).find() ? 1 : 0;
      case OTHER -> 0;
    };
  }
}
