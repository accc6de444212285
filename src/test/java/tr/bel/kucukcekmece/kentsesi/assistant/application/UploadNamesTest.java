package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;

class UploadNamesTest {

  private static ApiException refused(String name) {
    ApiException e = assertThrows(ApiException.class, () -> UploadNames.plain(name), name);
    assertEquals("filename", e.fields().get(0).field());
    return e;
  }

  @Test
  void namesThatAreNotPlainAreFieldErrorsOnFilename() {
    for (String name :
        new String[] {
          "\u0000probe.md",
          "probe\u0000.md",
          "a\nb.md",
          "\u001b[31m.md",
          "../up.md",
          "dir/a.md",
          "c:\\x\\a.md",
          "C:a.md",
          ".hidden.md",
          "a\u202Egpj.md",
          "a".repeat(198) + ".md",
          "\ud800x.md"
        }) {
      assertEquals(400, refused(name).status(), name);
    }
  }

  @Test
  void aWrongExtensionIsA415NamingTheFilename() {
    assertEquals(415, refused("tool.exe").status());
    assertEquals(415, refused("notes").status());
    assertEquals(415, refused("page.md.exe").status());
  }

  @Test
  void plainNamesAreNormalisedToNfc() {
    assertEquals("Çalışma saatleri.md", UploadNames.plain("Çalışma saatleri.md"));
    assertEquals(
        "\u00e7.md", UploadNames.plain("c\u0327.md"), "decomposed ç becomes one code point");
    assertEquals("Rapor 2026.PDF", UploadNames.plain("  Rapor 2026.PDF "));
    assertEquals(200, UploadNames.plain("a".repeat(197) + ".md").length());
  }
}
