package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeParser;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;

/**
 * Turns an uploaded file (Markdown, HTML, plain text or PDF) into a knowledge Markdown file: front
 * matter plus a body whose {@code ##} sections are passages. Bad files are refused with a field
 * error on {@code file}.
 */
public final class DocumentImporter {

  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private DocumentImporter() {}

  /** The Markdown file to store for an upload. */
  public static String toMarkdown(String filename, String contentType, byte[] body) {
    if (body == null || body.length == 0) {
      throw ApiException.invalid("file", "knowledge.upload.empty");
    }
    if (body.length > MAX_BYTES) {
      throw ApiException.invalid("file", "knowledge.upload.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    String type = kind(filename, contentType);
    String id =
        KnowledgeParser.idFromPath(filename == null || filename.isBlank() ? "upload" : filename);
    String markdown =
        switch (type) {
          case "md" -> {
            String text = utf8(body);
            yield text.startsWith("---") ? text : frontMatter(id, null) + text;
          }
          case "txt" -> frontMatter(id, null) + utf8(body);
          case "html" -> html(id, utf8(body));
          case "pdf" -> pdf(id, body);
          default -> throw new ApiException(415, "knowledge.upload.unsupported");
        };
    if (KnowledgeParser.parse(id + ".md", markdown).sections().isEmpty()) {
      throw ApiException.invalid("file", "knowledge.upload.noText");
    }
    return markdown;
  }

  static String kind(String filename, String contentType) {
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (ct.startsWith("text/markdown")
        || ct.startsWith("text/x-markdown")
        || name.endsWith(".md")
        || name.endsWith(".markdown")) {
      return "md";
    }
    if (ct.startsWith("text/html")
        || ct.startsWith("application/xhtml")
        || name.endsWith(".html")
        || name.endsWith(".htm")) {
      return "html";
    }
    if (ct.startsWith("application/pdf") || name.endsWith(".pdf")) {
      return "pdf";
    }
    if (ct.startsWith("text/plain") || name.endsWith(".txt")) {
      return "txt";
    }
    return "unsupported";
  }

  private static String utf8(byte[] body) {
    for (byte b : body) {
      if (b == 0) {
        throw ApiException.invalid("file", "knowledge.upload.notText");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiException.invalid("file", "knowledge.upload.notUtf8");
    }
  }

  private static String frontMatter(String id, String title) {
    StringBuilder b = new StringBuilder("---\nid: ").append(id).append('\n');
    if (title != null && !title.isBlank()) {
      b.append("title: ").append(title.replace('\n', ' ').trim()).append('\n');
    }
    b.append("updated: ").append(LocalDate.now()).append("\n---\n");
    return b.toString();
  }

  private static String html(String id, String html) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, nav, footer, header, form").remove();
    String title = doc.title();
    if (title.isBlank()) {
      Element h1 = doc.selectFirst("h1");
      title = h1 == null ? null : h1.text();
    }
    StringBuilder body = new StringBuilder();
    for (Element e : doc.body().select("h1, h2, h3, h4, p, li, td, blockquote, pre")) {
      String text =
          e.ownText().isBlank() && !e.children().isEmpty() && !e.is("li, p, td") ? "" : e.text();
      if (text.isBlank()) {
        continue;
      }
      if (e.is("h2, h3, h4")) {
        body.append("\n## ").append(text).append("\n");
      } else if (e.is("h1")) {
        continue;
      } else if (e.is("li")) {
        body.append("- ").append(text).append('\n');
      } else {
        body.append(text).append("\n\n");
      }
    }
    if (body.toString().isBlank()) {
      body.append(doc.body().text());
    }
    return frontMatter(id, title) + body;
  }

  private static String pdf(String id, byte[] body) {
    try (PDDocument pdf = Loader.loadPDF(body)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(pdf);
      String title =
          pdf.getDocumentInformation() == null ? null : pdf.getDocumentInformation().getTitle();
      // Paragraphs: PDF lines joined, blank lines kept as paragraph breaks.
      String paragraphs =
          text.replace("\r", "")
              .replaceAll("(?<![.:!?])\n(?!\n)", " ")
              .replaceAll("\n{3,}", "\n\n");
      return frontMatter(id, title) + paragraphs.trim() + "\n";
    } catch (IOException e) {
      throw ApiException.invalid("file", "knowledge.upload.badPdf");
    }
  }
}
