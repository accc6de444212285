package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-client submission limit, on a portal started with a limit of three submissions a minute. */
class RateLimitIT {

  @Test
  void theFourthSubmissionInAMinuteIsRefusedWithRetryAfterAndNotSaved() throws Exception {
    try (PortalProcess portal = PortalProcess.start("ratelimit", Map.of(
        "KENTSESI_DATA_DIR", "target/it-data-ratelimit",
        "KENTSESI_DEMO", "true",
        "KENTSESI_FEEDBACK_RATEPERMINUTE", "3"))) {
      assertTrue(portal.awaitReady(Duration.ofSeconds(180)), portal.tail());
      Http http = new Http(new URL(portal.base().toString()));
      http.language = "en";
      String body = "{\"kind\":\"SUGGESTION\",\"serviceCode\":\"PARK-YENI-PARK\",\"comment\":\"Daha çok park.\"}";
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
}
