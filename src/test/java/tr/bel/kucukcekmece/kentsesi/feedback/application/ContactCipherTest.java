package tr.bel.kucukcekmece.kentsesi.feedback.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.core.startup.StartupRefused;

class ContactCipherTest {

  @Test
  void contactsAreEncryptedWithAFreshNonceAndComeBackIntact() {
    ContactCipher cipher = new ContactCipher();
    ContactCipher.Contact contact = new ContactCipher.Contact("Şükrü Öztürk", "sukru@example.org", "05321234567");
    System.setProperty(ContactCipher.KEY_SETTING, "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
    try {
      String a = cipher.encrypt(contact);
      String b = cipher.encrypt(contact);
      assertTrue(a.startsWith("v1:"));
      assertNotEquals(a, b, "a new nonce every time");
      assertFalse(a.contains("sukru") || a.contains("0532"), "nothing readable at rest");
      assertEquals(contact, cipher.decrypt(a));
    } finally {
      System.clearProperty(ContactCipher.KEY_SETTING);
    }
  }

  @Test
  void withoutAKeyThePortalRefusesToStartOutsideDemoMode() {
    System.clearProperty(ContactCipher.KEY_SETTING);
    StartupRefused refused = assertThrows(StartupRefused.class, () -> ContactCipher.loadKey(false));
    assertTrue(refused.getMessage().contains("KENTSESI_CONTACT_KEY"));
    assertEquals("AES", ContactCipher.loadKey(true).getAlgorithm(), "demo mode uses a fixed demo key");
  }

  @Test
  void aKeyOfTheWrongLengthIsRefused() {
    System.setProperty(ContactCipher.KEY_SETTING, "c2hvcnQ=");
    try {
      assertThrows(StartupRefused.class, () -> ContactCipher.loadKey(false));
    } finally {
      System.clearProperty(ContactCipher.KEY_SETTING);
    }
  }
}
