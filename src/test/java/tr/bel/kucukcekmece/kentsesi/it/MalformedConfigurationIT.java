package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The real portal with malformed values (a number that is none, an unusable public URL, a contact
 * key that is not 32 bytes): it must not start with a default in their place, but stop with one
 * line naming each key and value.
 */
@RunsAlongside
class MalformedConfigurationIT {

  @Test
  void aMalformedValueStopsTheStartWithOneLineNamingTheKeyAndTheValue() throws Exception {
    try (PortalProcess portal =
        PortalProcess.start(
            "malformed",
            Map.of(
                "KENTSESI_DATA_DIR", "target/it-data-malformed",
                "KENTSESI_DEMO", "true",
                "KENTSESI_LOGIN_MAXFAILURES", "abc",
                "KENTSESI_PUBLIC_URL", "kentsesi.example.org",
                "KENTSESI_CONTACT_KEY", "c2VjcmV0LWtleS12YWx1ZQ=="))) {
      assertTrue(
          portal.awaitExit(Duration.ofSeconds(180)),
          "the process should stop by itself:\n" + portal.tail());
      assertEquals(4, portal.process.exitValue(), portal.tail());
      String output = portal.output();
      List<String> lines =
          output.lines().filter(l -> l.contains("Kent Sesi refuses to start")).toList();
      assertEquals(1, lines.size(), portal.tail());
      String line = lines.get(0);
      assertTrue(
          line.contains(
              "kentsesi.login.maxFailures (KENTSESI_LOGIN_MAXFAILURES) is \"abc\": expected a whole "
                  + "number from 1 to 1000"),
          line);
      assertTrue(
          line.contains(
              "kentsesi.public.url (KENTSESI_PUBLIC_URL) is \"kentsesi.example.org\": expected an "
                  + "absolute http or https URL"),
          line);
      assertTrue(
          line.contains(
              "kentsesi.contact.key (KENTSESI_CONTACT_KEY) is set to a value that is not shown"),
          line);
      assertTrue(line.contains("Exiting with status 4."), line);
      assertFalse(output.contains("c2VjcmV0LWtleS12YWx1ZQ=="), "a key's value is never logged");
      assertFalse(
          output.contains("Kent Sesi is ready"), "nothing started with a default in their place");
    }
  }
}
