package tr.bel.kucukcekmece.kentsesi.feedback.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.core.startup.StartupRefused;

class ContactCipherTest {

  // The key is handed in, never read from system properties or the environment: the tests pass
  // alike where the
  // shell exports KENTSESI_CONTACT_KEY, as operators are told to.
  private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

  @Test
  void contactsAreEncryptedWithAFreshNonceAndComeBackIntact() {
    ContactCipher cipher = new ContactCipher(ContactCipher.loadKey(Optional.of(KEY), false));
    ContactCipher.Contact contact =
        new ContactCipher.Contact("Şükrü Öztürk", "sukru@example.org", "05321234567");
    String a = cipher.encrypt(contact);
    String b = cipher.encrypt(contact);
    assertTrue(a.startsWith("v1:"));
    assertNotEquals(a, b, "a new nonce every time");
    assertFalse(a.contains("sukru") || a.contains("0532"), "nothing readable at rest");
    assertEquals(contact, cipher.decrypt(a));
  }

  @Test
  void withoutAKeyThePortalRefusesToStartOutsideDemoMode() {
    StartupRefused refused =
        assertThrows(StartupRefused.class, () -> ContactCipher.loadKey(Optional.empty(), false));
    assertTrue(refused.getMessage().contains("KENTSESI_CONTACT_KEY"));
    assertEquals(
        "AES",
        ContactCipher.loadKey(Optional.empty(), true).getAlgorithm(),
        "demo mode uses a fixed demo key");
  }

  @Test
  void aKeyOfTheWrongLengthIsRefused() {
    assertThrows(StartupRefused.class, () -> ContactCipher.loadKey(Optional.of("c2hvcnQ="), false));
  }
}
