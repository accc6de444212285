package tr.bel.kucukcekmece.kentsesi.feedback.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.core.config.InvalidSetting;

class FeedbackSettingsTest {

  @Test
  void theContactKeyIsBase64Of32BytesAndItsValueNeverShown() {
    String key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    assertEquals(32, FeedbackSettings.CONTACT_KEY.parse(key).orElseThrow().length);
    InvalidSetting shortKey =
        assertThrows(InvalidSetting.class, () -> FeedbackSettings.CONTACT_KEY.parse("c2hvcnQ="));
    assertEquals(
        "kentsesi.contact.key (KENTSESI_CONTACT_KEY) is set to a value that is not shown (8 characters): "
            + "expected base64 of 32 random bytes (openssl rand -base64 32) (it is 5 bytes)",
        shortKey.getMessage());
    InvalidSetting notBase64 =
        assertThrows(InvalidSetting.class, () -> FeedbackSettings.CONTACT_KEY.parse("%%%%"));
    assertTrue(notBase64.getMessage().endsWith("(it is not valid base64)"), notBase64.getMessage());
  }
}
