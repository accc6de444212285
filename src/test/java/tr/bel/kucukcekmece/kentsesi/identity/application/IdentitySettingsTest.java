package tr.bel.kucukcekmece.kentsesi.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.core.config.InvalidSetting;

class IdentitySettingsTest {

  @Test
  void anAdminPasswordThePolicyRefusesStopsTheStartWithoutShowingIt() {
    assertEquals(
        "Kent-Test-Passw0rd-9",
        IdentitySettings.ADMIN_PASSWORD.parse("Kent-Test-Passw0rd-9").orElseThrow());
    InvalidSetting e =
        assertThrows(InvalidSetting.class, () -> IdentitySettings.ADMIN_PASSWORD.parse("short1"));
    assertFalse(e.getMessage().contains("short1"), e.getMessage());
    assertTrue(
        e.getMessage()
            .startsWith(
                "kentsesi.admin.password (KENTSESI_ADMIN_PASSWORD) is set to a value that "
                    + "is not shown (6 characters): expected a password meeting the password policy"),
        e.getMessage());
    assertTrue(
        e.getMessage().endsWith("(The password must be at least 10 characters long.)"),
        e.getMessage());
  }

  @Test
  void loginThrottlingNeedsAtLeastOneFreeFailure() {
    assertThrows(InvalidSetting.class, () -> IdentitySettings.LOGIN_MAX_FAILURES.parse("0"));
    assertEquals(3, IdentitySettings.LOGIN_MAX_FAILURES.parse("3"));
  }
}
