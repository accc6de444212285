package tr.bel.kucukcekmece.kentsesi.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException.FieldIssue;

class PasswordPolicyTest {

  private static List<String> keys(String username, String password) {
    return PasswordPolicy.check(username, password).stream().map(FieldIssue::key).toList();
  }

  @Test
  void aLongMixedPasswordIsAccepted() {
    assertTrue(keys("ayse.yilmaz", "Kent-Sesi-2026!").isEmpty());
    assertTrue(
        keys("ayse.yilmaz", "çok güzel bir parola 7").isEmpty(),
        "Turkish letters and spaces are fine");
  }

  @Test
  void shortPasswordsAreRefused() {
    assertEquals(List.of("password.tooShort"), keys("ayse", "Abc-12345"));
  }

  @Test
  void lettersAndDigitsAreBothNeeded() {
    assertEquals(List.of("password.needsDigit"), keys("ayse", "sadece-harflerden"));
    assertEquals(List.of("password.needsLetter"), keys("ayse", "1234-5678-90"));
  }

  @Test
  void theUsernameMustNotBeInThePassword() {
    assertEquals(List.of("password.containsUsername"), keys("mehmet", "Mehmet-2026-abc"));
  }

  @Test
  void commonAndRepetitivePasswordsAreRefused() {
    assertTrue(keys("x1", "Password123").contains("password.common"));
    assertTrue(keys("x1", "aaaaaaaaaaaa").contains("password.repetitive"));
  }

  @Test
  void overlongAndMissingPasswordsAreRefused() {
    assertEquals(List.of("password.tooLong"), keys("x1", "a1".repeat(65)));
    assertEquals(List.of("validation.required"), keys("x1", ""));
    assertEquals(List.of("validation.required"), keys("x1", null));
  }
}
