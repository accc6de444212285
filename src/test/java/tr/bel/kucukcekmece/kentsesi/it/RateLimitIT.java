package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-client submission limit, on the {@link LimitsPortal}, which allows an address three
 * submissions a minute. This is the only class that submits feedback there.
 */
@ExtendWith(LimitsPortal.class)
class RateLimitIT {

  final URL base = LimitsPortal.url();

  @Test
  void theFourthSubmissionInAMinuteIsRefusedWithRetryAfterAndNotSaved() {
    Http http = new Http(base);
    http.language = "en";
    String body =
        "{\"kind\":\"SUGGESTION\",\"serviceCode\":\"PARK-YENI-PARK\",\"comment\":\"Daha çok park.\"}";
    for (int i = 0; i < 3; i++) {
      assertEquals(201, http.post("api/feedback", body).status());
    }
    Http.Res refused = http.post("api/feedback", body);
    assertEquals(429, refused.status(), refused.body());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    assertEquals("rate-limited", refused.json().getString("code"));
    assertTrue(refused.json().getString("detail").contains("was not saved"), refused.body());
    int retryAfter = Integer.parseInt(refused.header("Retry-After"));
    assertTrue(retryAfter >= 1 && retryAfter <= 20, "one token every 20 s: " + retryAfter);
    assertEquals(200, http.get("api/catalog/neighbourhoods").status(), "reading is not limited");
  }
}
