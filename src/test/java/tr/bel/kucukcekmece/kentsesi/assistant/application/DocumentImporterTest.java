package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeDocument;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeParser;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;

class DocumentImporterTest {

  @Test
  void htmlHeadingsBecomePassagesAndScriptsAreDropped() {
    String html =
        "<html><head><title>Park rules</title><script>alert(1)</script></head><body>"
            + "<h1>Park rules</h1><p>Parks open at 7.</p><h2>Dogs</h2><p>Dogs must be on a lead.</p></body></html>";
    KnowledgeDocument d =
        KnowledgeParser.parse(
            "park-rules.md",
            DocumentImporter.toMarkdown(
                "park-rules.html", "text/html", html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("park-rules", d.id());
    assertEquals("Park rules", d.title());
    assertEquals(2, d.sections().size());
    assertEquals("Dogs", d.sections().get(1).heading());
    assertTrue(d.sections().stream().noneMatch(s -> s.text().contains("alert")));
  }

  @Test
  void pdfTextIsExtracted() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("Wedding halls can be booked 90 days ahead.");
        cs.endText();
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    KnowledgeDocument d =
        KnowledgeParser.parse(
            "halls.md", DocumentImporter.toMarkdown("halls.pdf", "application/pdf", pdf));
    assertTrue(d.sections().get(0).text().contains("90 days ahead"), d.sections().toString());
  }

  @Test
  void badFilesAreRefusedWithAFieldError() {
    ApiException broken =
        assertThrows(
            ApiException.class,
            () ->
                DocumentImporter.toMarkdown(
                    "x.pdf", "application/pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)));
    assertEquals("file", broken.fields().get(0).field());
    assertEquals("knowledge.upload.badPdf", broken.fields().get(0).key());
    ApiException empty =
        assertThrows(
            ApiException.class,
            () -> DocumentImporter.toMarkdown("x.md", "text/markdown", new byte[0]));
    assertEquals("knowledge.upload.empty", empty.fields().get(0).key());
    ApiException binary =
        assertThrows(
            ApiException.class,
            () -> DocumentImporter.toMarkdown("x.txt", "text/plain", new byte[] {65, 0, 66}));
    assertEquals("knowledge.upload.notText", binary.fields().get(0).key());
    ApiException latin1 =
        assertThrows(
            ApiException.class,
            () -> DocumentImporter.toMarkdown("x.txt", "text/plain", new byte[] {(byte) 0xFE, 65}));
    assertEquals("knowledge.upload.notUtf8", latin1.fields().get(0).key());
    ApiException type =
        assertThrows(
            ApiException.class,
            () ->
                DocumentImporter.toMarkdown(
                    "x.exe", "application/octet-stream", new byte[] {1, 2}));
    assertEquals(415, type.status());
  }
}
