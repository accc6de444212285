package tr.bel.kucukcekmece.kentsesi.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code src/docs/configuration.md} lists every key registered in code once, with the default and
 * the accepted values the code has, and lists no key in its tables of the portal's keys that the
 * code does not read.
 */
class ConfigurationDocTest {

  private static final Path DOC = Path.of("src/docs/configuration.md");
  private static final String KEYS_HEADER =
      "| Key | Environment variable | Default | Accepts | Meaning |";

  /** A table row: its cells, and whether it belongs to a table of the portal's keys. */
  private record Row(List<String> cells, boolean portalKey) {}

  private static Map<String, Row> rows;

  @BeforeAll
  static void read() throws IOException {
    rows = new HashMap<>();
    boolean keysTable = false;
    for (String line : Files.readAllLines(DOC)) {
      if (!line.startsWith("|")) {
        keysTable = false;
        continue;
      }
      if (line.startsWith("| Key ")
          || line.startsWith("| Environment variable ")
          || line.startsWith("| System ")
          || line.startsWith("| Property ")) {
        keysTable = line.equals(KEYS_HEADER);
        continue;
      }
      List<String> cells = cells(line);
      String first = cells.get(0);
      if (!first.startsWith("`")) {
        continue;
      }
      for (String key : first.split(",\\s*")) {
        Row previous = rows.put(key.replaceAll("[`]|\\s.*", ""), new Row(cells, keysTable));
        assertTrue(previous == null, key + " is listed twice in " + DOC);
      }
    }
  }

  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
      cells.add(cell.trim());
    }
    return cells;
  }

  @Test
  void everyRegisteredKeyIsListedWithItsDefaultAndWhatItAccepts() {
    List<Setting<?>> all = SettingsRegistry.all();
    for (Setting<?> setting : all) {
      Row row = rows.get(setting.key());
      assertNotNull(row, setting.key() + " is missing from " + DOC);
      assertTrue(row.portalKey(), setting.key() + " belongs in a table headed " + KEYS_HEADER);
      List<String> cells = row.cells();
      assertEquals("`" + setting.key() + "`", cells.get(0));
      assertTrue(
          cells.get(1).startsWith("`" + setting.environmentVariable() + "`"),
          setting.key()
              + ": environment variable "
              + setting.environmentVariable()
              + ", documented "
              + cells.get(1));
      String documented = cells.get(2);
      String inCode = setting.defaultText();
      boolean same =
          inCode.equals(Setting.UNSET)
              ? documented.startsWith(Setting.UNSET)
              : documented.startsWith("`" + inCode + "`")
                  || documented.equals(inCode)
                  || documented.startsWith(inCode + " (");
      assertTrue(
          same, setting.key() + ": default " + inCode + " in code, " + documented + " in " + DOC);
      assertEquals(setting.expected(), cells.get(3), setting.key() + ": what it accepts");
      assertTrue(!cells.get(4).isEmpty(), setting.key() + ": its meaning");
    }
    assertTrue(all.size() >= 40, "all keys: " + all.size());
  }

  @Test
  void theTablesOfThePortalsKeysHoldNoKeyTheCodeDoesNotRead() {
    Set<String> registered =
        SettingsRegistry.all().stream().map(Setting::key).collect(Collectors.toSet());
    Set<String> documented =
        rows.entrySet().stream()
            .filter(e -> e.getValue().portalKey())
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    documented.removeAll(registered);
    assertEquals(Set.of(), documented, "documented as read by the portal, but registered nowhere");
  }
}
