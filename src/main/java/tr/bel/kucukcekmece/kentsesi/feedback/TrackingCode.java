package tr.bel.kucukcekmece.kentsesi.feedback;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Tracking codes such as {@code KS-7K2M-9QXD-4}: eight random symbols (40 bits, not sequential,
 * unguessable) from Crockford's base-32 alphabet (no I, L, O or U, so they read well over the
 * phone) and a Luhn mod 32 check symbol that catches every single mistyped symbol and nearly every
 * swap of two neighbours.
 */
public final class TrackingCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Something in free text that looks like a tracking code (any case, dashes optional), whether or
   * not its check symbol is right: what the assistant answers from the live record and what its
   * question log masks.
   */
  public static final java.util.regex.Pattern IN_TEXT =
      java.util.regex.Pattern.compile("(?i)\\bKS-?[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]\\b");

  private TrackingCode() {}

  /** A new random code. */
  public static String generate() {
    char[] body = new char[8];
    for (int i = 0; i < body.length; i++) {
      body[i] = ALPHABET.charAt(RANDOM.nextInt(32));
    }
    return format(new String(body));
  }

  static String format(String body) {
    return "KS-" + body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + check(body);
  }

  /** The Luhn mod 32 check symbol of the eight body symbols. */
  static char check(String body) {
    int factor = 2;
    int sum = 0;
    for (int i = body.length() - 1; i >= 0; i--) {
      int addend = factor * ALPHABET.indexOf(body.charAt(i));
      factor = factor == 2 ? 1 : 2;
      sum += addend / 32 + addend % 32;
    }
    return ALPHABET.charAt((32 - sum % 32) % 32);
  }

  /** What a citizen typed, in canonical form: upper case, O→0, I/L→1, dashes and spaces ignored. */
  public static Optional<String> normalize(String input) {
    if (input == null) {
      return Optional.empty();
    }
    String s = input.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    if (s.startsWith("KS")) {
      s = s.substring(2);
    }
    if (s.length() != 9) {
      return Optional.empty();
    }
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      char c = s.charAt(i);
      c = c == 'O' ? '0' : (c == 'I' || c == 'L') ? '1' : c;
      if (ALPHABET.indexOf(c) < 0) {
        return Optional.empty();
      }
      body.append(c);
    }
    char check = s.charAt(8);
    check = check == 'O' ? '0' : (check == 'I' || check == 'L') ? '1' : check;
    if (ALPHABET.indexOf(check) < 0) {
      return Optional.empty();
    }
    return Optional.of("KS-" + body.substring(0, 4) + "-" + body.substring(4) + "-" + check);
  }

  /** Whether a canonical code's check symbol matches its body (false means it was mistyped). */
  public static boolean checks(String canonical) {
    String body = canonical.substring(3, 7) + canonical.substring(8, 12);
    return canonical.charAt(13) == check(body);
  }
}
