package tr.bel.kucukcekmece.kentsesi.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

  @Test
  void generatedCodesAreWellFormedCheckedAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      String code = TrackingCode.generate();
      assertTrue(
          code.matches("KS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]"), code);
      assertTrue(TrackingCode.checks(code), code);
      seen.add(code);
    }
    assertEquals(20_000, seen.size(), "40 random bits: no collisions in 20,000");
  }

  @Test
  void everySingleMistypedSymbolIsCaught() {
    String code = TrackingCode.format("7K2M9QXD");
    String body = "7K2M9QXD";
    for (int pos = 0; pos < 8; pos++) {
      for (char c : TrackingCode.ALPHABET.toCharArray()) {
        if (c == body.charAt(pos)) {
          continue;
        }
        String typo = body.substring(0, pos) + c + body.substring(pos + 1);
        String typed =
            "KS-" + typo.substring(0, 4) + "-" + typo.substring(4) + "-" + code.charAt(13);
        assertFalse(TrackingCode.checks(typed), typed);
      }
    }
  }

  @Test
  void mostSwapsOfNeighboursAreCaught() {
    int caught = 0;
    int swaps = 0;
    for (int i = 0; i < 2000; i++) {
      String code = TrackingCode.generate();
      String body = code.substring(3, 7) + code.substring(8, 12);
      for (int pos = 0; pos < 7; pos++) {
        if (body.charAt(pos) == body.charAt(pos + 1)) {
          continue;
        }
        char[] b = body.toCharArray();
        char t = b[pos];
        b[pos] = b[pos + 1];
        b[pos + 1] = t;
        String swapped = new String(b);
        swaps++;
        if (!TrackingCode.checks(
            "KS-" + swapped.substring(0, 4) + "-" + swapped.substring(4) + "-" + code.charAt(13))) {
          caught++;
        }
      }
    }
    assertTrue(caught >= swaps * 0.95, caught + " of " + swaps);
  }

  @Test
  void whatCitizensTypeIsNormalised() {
    String code = TrackingCode.format("0K1M9QXD");
    assertEquals(Optional.of(code), TrackingCode.normalize(code.toLowerCase()));
    assertEquals(Optional.of(code), TrackingCode.normalize(code.replace("-", "")));
    assertEquals(Optional.of(code), TrackingCode.normalize(" " + code.replace("-", " ") + " "));
    assertEquals(
        Optional.of(code),
        TrackingCode.normalize(code.replace('0', 'O').replace('1', 'I')),
        "O and I read as 0 and 1");
    assertEquals(Optional.empty(), TrackingCode.normalize("KS-1234"));
    assertEquals(Optional.empty(), TrackingCode.normalize("KS-UUUU-UUUU-U"));
    assertEquals(Optional.empty(), TrackingCode.normalize(null));
  }
}
