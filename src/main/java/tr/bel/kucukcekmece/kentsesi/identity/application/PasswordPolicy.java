package tr.bel.kucukcekmece.kentsesi.identity.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException.FieldIssue;

/**
 * Staff password rules: 10 to 128 characters, at least one letter and one digit, not the username,
 * not one repeated character, not a well-known password.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;
  private static final Set<String> COMMON =
      Set.of(
          "password12",
          "password123",
          "parola1234",
          "sifre12345",
          "şifre12345",
          "qwerty1234",
          "1234567890a",
          "a1234567890",
          "kucukcekmece1",
          "belediye123",
          "admin12345",
          "welcome123",
          "iloveyou12",
          "123456789a",
          "passw0rd12",
          "letmein123",
          "galatasaray1",
          "fenerbahce1",
          "besiktas1903",
          "trabzonspor1");

  private PasswordPolicy() {}

  /**
   * What is wrong with the password, as message keys for the field "password"; empty when it is
   * acceptable.
   */
  public static List<FieldIssue> check(String username, String password) {
    List<FieldIssue> issues = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      issues.add(new FieldIssue("password", "validation.required"));
      return issues;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      issues.add(new FieldIssue("password", "password.tooShort", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      issues.add(new FieldIssue("password", "password.tooLong", MAX_LENGTH));
    }
    if (password.codePoints().noneMatch(Character::isLetter)) {
      issues.add(new FieldIssue("password", "password.needsLetter"));
    }
    if (password.codePoints().noneMatch(Character::isDigit)) {
      issues.add(new FieldIssue("password", "password.needsDigit"));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null
        && username.length() >= 3
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      issues.add(new FieldIssue("password", "password.containsUsername"));
    }
    if (password.codePoints().distinct().count() == 1) {
      issues.add(new FieldIssue("password", "password.repetitive"));
    }
    if (COMMON.contains(lower)) {
      issues.add(new FieldIssue("password", "password.common"));
    }
    return issues;
  }
}
