package tr.bel.kucukcekmece.kentsesi.identity.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.rest.Problem;
import tr.bel.kucukcekmece.kentsesi.core.rest.Problems;
import tr.bel.kucukcekmece.kentsesi.identity.application.AccountRequestLimits.Kind;

class AccountRequestLimitsTest {

  @Test
  void registrationsArePerAddressAndSeparateFromResets() {
    AccountRequestLimits limits = new AccountRequestLimits();
    for (int i = 0; i < 3; i++) {
      limits.take(Kind.REGISTRATION, "10.0.0.1", 3, 0);
    }
    ApiException refused =
        assertThrows(ApiException.class, () -> limits.take(Kind.REGISTRATION, "10.0.0.1", 3, 0));
    assertEquals(429, refused.status());
    assertEquals("registration-rate-limited", refused.code());
    assertEquals(1200L, refused.retryAfterSeconds(), "3 an hour: one every 20 minutes");
    assertDoesNotThrow(() -> limits.take(Kind.REGISTRATION, "10.0.0.2", 3, 0), "another address");
    assertDoesNotThrow(
        () -> limits.take(Kind.PASSWORD_RESET, "10.0.0.1", 3, 0),
        "resets have their own allowance");
  }

  @Test
  void aRefusedResetSaysHowLongToWaitInTheCallersLanguage() {
    AccountRequestLimits limits = new AccountRequestLimits();
    limits.take(Kind.PASSWORD_RESET, "10.0.0.1", 1, 0);
    ApiException refused =
        assertThrows(ApiException.class, () -> limits.take(Kind.PASSWORD_RESET, "10.0.0.1", 1, 0));
    Problem en = Problems.of(Messages.ENGLISH, refused);
    assertEquals("password-reset-rate-limited", en.code());
    assertTrue(en.detail().contains("3,600 seconds") && !en.detail().contains("{0}"), en.detail());
    Problem tr = Problems.of(Messages.TURKISH, refused);
    assertTrue(tr.detail().contains("3.600 saniye"), tr.detail());
  }

  @Test
  void zeroDisablesTheLimit() {
    AccountRequestLimits limits = new AccountRequestLimits();
    int allowed = 0;
    for (Kind kind : Kind.values()) {
      // 500 requests from one address at the same instant: far above any allowance, and the first
      // one would
      // already be refused if 0 meant "refuse everything".
      for (int i = 0; i < 500; i++) {
        int request = i;
        assertDoesNotThrow(
            () -> limits.take(kind, "10.0.0.1", 0, 0), kind + " request " + request + " refused");
        allowed++;
      }
    }
    assertEquals(1000, allowed, "every request allowed with a limit of 0");
    // Under a limit of 1 the second request is refused: 500 requests would have hit any real limit.
    limits.take(Kind.REGISTRATION, "10.0.0.9", 1, 0);
    assertThrows(ApiException.class, () -> limits.take(Kind.REGISTRATION, "10.0.0.9", 1, 0));
  }
}
