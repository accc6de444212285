package tr.bel.kucukcekmece.kentsesi.assistant.domain;

import java.util.regex.Pattern;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingCode;

/**
 * Removes personal data from a question before it is stored: e-mail addresses, phone numbers
 * (Turkish and international forms), 11-digit Turkish ID numbers, tracking codes (they open a
 * citizen's submission) and a name introduced as such ("adım Ayşe Yılmaz", "my name is John
 * Smith").
 */
public final class PersonalDataMask {

  public static final String EMAIL = "[e-posta]";
  public static final String PHONE = "[telefon]";
  public static final String TCKN = "[kimlik-no]";
  public static final String NAME = "[ad]";
  public static final String TRACKING = "[takip-kodu]";
  private static final Pattern TRACKING_RE = TrackingCode.IN_TEXT;

  private static final Pattern EMAIL_RE =
      Pattern.compile(
          "[\\p{L}\\p{N}._%+-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
  private static final Pattern TCKN_RE =
      Pattern.compile("(?<![\\p{N}])[1-9](?:[\\s.-]?\\d){10}(?![\\p{N}])");
  private static final Pattern PHONE_RE =
      Pattern.compile(
          "(?<![\\p{N}])(?:\\+\\s?9\\s?0|0090|0)?[\\s.(-]*[2-5]\\d{2}[\\s.)-]*\\d{3}[\\s.-]*\\d{2}[\\s.-]*\\d{2}(?![\\p{N}])");
  private static final Pattern NAME_RE =
      Pattern.compile(
          "\\b((?iu:ad[ıi]m|ismim|benim ad[ıi]m|my name is|i am called|this is))\\s+"
              + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})");

  private PersonalDataMask() {}

  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    String s = EMAIL_RE.matcher(text).replaceAll(EMAIL);
    s = TRACKING_RE.matcher(s).replaceAll(TRACKING);
    s = TCKN_RE.matcher(s).replaceAll(TCKN);
    s = PHONE_RE.matcher(s).replaceAll(PHONE);
    s = NAME_RE.matcher(s).replaceAll("$1 " + NAME);
    return s;
  }
}
