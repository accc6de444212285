package tr.bel.kucukcekmece.kentsesi.transparency.application;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small flowing layout over PDFBox: headings, wrapped paragraphs, tables and bar charts on A4
 * pages, in an embedded font with Turkish letters (Liberation Sans, shipped inside PDFBox).
 */
final class PdfLayout implements AutoCloseable {

  static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  private static final Color ACCENT = new Color(0x0b, 0x4f, 0x8a);
  private static final Color GRID = new Color(0xbb, 0xbb, 0xbb);

  private final PDDocument doc = new PDDocument();
  private final PDFont font;
  private PDPageContentStream out;
  private float y;
  private int pages;

  PdfLayout(String title) throws IOException {
    try (InputStream in =
        PDDocument.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      font = PDType0Font.load(doc, in, true);
    }
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("Kent Sesi");
  }

  void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    out = new PDPageContentStream(doc, page);
    pages++;
    y = PDRectangle.A4.getHeight() - MARGIN;
    text(String.valueOf(pages), PDRectangle.A4.getWidth() - MARGIN - 20, 30, 9, GRID.darker());
  }

  private void ensure(float height) throws IOException {
    if (out == null || y - height < MARGIN) {
      newPage();
    }
  }

  private void text(String s, float x, float baseline, float size, Color color) throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.setNonStrokingColor(color);
    out.newLineAtOffset(x, baseline);
    out.showText(clean(s));
    out.endText();
  }

  private final java.util.Map<Integer, Boolean> glyphs = new java.util.HashMap<>();

  /** Characters the font lacks (and control characters) become spaces, so any text can be shown. */
  private String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              boolean ok =
                  !Character.isISOControl(cp)
                      && glyphs.computeIfAbsent(
                          cp,
                          c -> {
                            try {
                              font.encode(new String(Character.toChars(c)));
                              return true;
                            } catch (IOException | IllegalArgumentException e) {
                              return false;
                            }
                          });
              b.append(ok ? new String(Character.toChars(cp)) : " ");
            });
    return b.toString();
  }

  float width(String s, float size) throws IOException {
    return font.getStringWidth(clean(s)) / 1000 * size;
  }

  void space(float h) {
    y -= h;
  }

  void title(String s, float size) throws IOException {
    for (String line : wrap(s, size, WIDTH)) {
      ensure(size * 1.4f);
      y -= size * 1.2f;
      text(line, MARGIN, y, size, ACCENT);
    }
    y -= size * 0.4f;
  }

  void heading(String s) throws IOException {
    ensure(60);
    y -= 10;
    title(s, 15);
  }

  void paragraph(String s, float size) throws IOException {
    for (String line : wrap(s, size, WIDTH)) {
      ensure(size * 1.45f);
      y -= size * 1.35f;
      text(line, MARGIN, y, size, INK);
    }
    y -= size * 0.5f;
  }

  List<String> wrap(String s, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, size) > width && line.length() > 0) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** A table with a header row; column widths are shares of the text width. */
  void table(List<String> header, List<List<String>> rows, float[] shares) throws IOException {
    float size = 9;
    float[] widths = new float[shares.length];
    for (int i = 0; i < shares.length; i++) {
      widths[i] = shares[i] * WIDTH;
    }
    row(header, widths, size, true);
    for (List<String> r : rows) {
      row(r, widths, size, false);
    }
    y -= 8;
  }

  private void row(List<String> cells, float[] widths, float size, boolean header)
      throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    int lines = 1;
    for (int i = 0; i < cells.size(); i++) {
      List<String> w = wrap(cells.get(i) == null ? "" : cells.get(i), size, widths[i] - 6);
      wrapped.add(w);
      lines = Math.max(lines, w.size());
    }
    float h = lines * size * 1.3f + 6;
    ensure(h);
    float x = MARGIN;
    if (header) {
      out.setNonStrokingColor(new Color(0xe8, 0xef, 0xf6));
      out.addRect(MARGIN, y - h, WIDTH, h);
      out.fill();
    }
    for (int i = 0; i < cells.size(); i++) {
      float ly = y - size - 3;
      for (String l : wrapped.get(i)) {
        text(l, x + 3, ly, size, header ? ACCENT : INK);
        ly -= size * 1.3f;
      }
      x += widths[i];
    }
    out.setStrokingColor(GRID);
    out.setLineWidth(0.5f);
    out.moveTo(MARGIN, y - h);
    out.lineTo(MARGIN + WIDTH, y - h);
    out.stroke();
    y -= h;
  }

  /**
   * A horizontal bar chart: one labelled bar per value with the value written at its end (so it
   * reads without colour), drawn in one dark colour.
   */
  void barChart(String caption, List<String> labels, List<Double> values, String unit)
      throws IOException {
    float size = 8;
    float barH = 11;
    float labelW = 110;
    float h = labels.size() * (barH + 4) + 30;
    ensure(Math.min(h, 500));
    y -= 14;
    text(caption, MARGIN, y, 10, INK);
    y -= 8;
    double max =
        values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
    float plotW = WIDTH - labelW - 60;
    for (int i = 0; i < labels.size(); i++) {
      ensure(barH + 6);
      y -= barH + 4;
      text(labels.get(i), MARGIN, y + 2, size, INK);
      Double v = values.get(i);
      float w = v == null || max <= 0 ? 0 : (float) (v / max * plotW);
      out.setNonStrokingColor(ACCENT);
      out.addRect(MARGIN + labelW, y, Math.max(w, 0.5f), barH);
      out.fill();
      String label = v == null ? "–" : (unit.isEmpty() ? format(v) : format(v) + " " + unit);
      text(label, MARGIN + labelW + w + 4, y + 2, size, INK);
    }
    y -= 10;
  }

  static String format(double v) {
    return v == Math.rint(v)
        ? String.valueOf((long) v)
        : String.format(java.util.Locale.ROOT, "%.2f", v);
  }

  byte[] finish() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    doc.save(bytes);
    return bytes.toByteArray();
  }

  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
    doc.close();
  }
}
