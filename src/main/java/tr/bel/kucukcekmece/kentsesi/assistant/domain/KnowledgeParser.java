package tr.bel.kucukcekmece.kentsesi.assistant.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a knowledge file: optional front matter between {@code ---} lines ({@code id}, {@code
 * title}, {@code lang}, {@code department}, {@code url}, {@code updated}), then a Markdown body
 * whose {@code ##} sections are passages. Without front matter the id comes from the path, the
 * title from the first heading (or first line) and the language is detected from the text.
 */
public final class KnowledgeParser {

  private static final Pattern ID_CHARS = Pattern.compile("[^a-z0-9._-]+");
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
  private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
  private static final Pattern SUBHEADING = Pattern.compile("^#{3,6}\\s*");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]{1,200}>");

  private KnowledgeParser() {}

  public static KnowledgeDocument parse(String relativePath, String content) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n');
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Map<String, String> front = new LinkedHashMap<>();
    String body = text;
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---", 4);
      if (end > 0) {
        for (String line : text.substring(4, end).split("\n")) {
          int colon = line.indexOf(':');
          if (colon > 0) {
            String value = line.substring(colon + 1);
            int comment = value.indexOf(" #");
            if (comment >= 0) {
              value = value.substring(0, comment);
            }
            front.put(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT), unquote(value.trim()));
          }
        }
        int next = text.indexOf('\n', end + 4);
        body = next < 0 ? "" : text.substring(next + 1);
      }
    }
    List<String[]> raw = new ArrayList<>();
    String heading = null;
    String firstHeading = null;
    StringBuilder current = new StringBuilder();
    for (String line : body.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("## ") || trimmed.equals("##")) {
        raw.add(new String[] {heading, current.toString()});
        heading = clean(trimmed.substring(2));
        current.setLength(0);
      } else if (trimmed.startsWith("# ") && firstHeading == null) {
        firstHeading = clean(trimmed.substring(2));
      } else {
        String cleaned =
            clean(SUBHEADING.matcher(LIST_MARK.matcher(line).replaceFirst("")).replaceFirst(""));
        if (cleaned.isEmpty()) {
          current.append('\n');
        } else {
          boolean heading3 = SUBHEADING.matcher(line.trim()).lookingAt();
          boolean listItem = LIST_MARK.matcher(line).lookingAt();
          if (current.length() > 0 && current.charAt(current.length() - 1) != '\n') {
            current.append(heading3 || listItem ? "\n" : " ");
          }
          current.append(cleaned);
          if ((heading3 || listItem) && !endsSentence(cleaned)) {
            current.append('.');
          }
        }
      }
    }
    raw.add(new String[] {heading, current.toString()});

    String title = front.getOrDefault("title", "");
    if (title.isBlank()) {
      title = firstHeading != null ? firstHeading : firstLine(body);
    }
    List<KnowledgeDocument.Section> sections = new ArrayList<>();
    for (String[] s : raw) {
      String sectionText = normaliseSpace(s[1]);
      if (!sectionText.isEmpty()) {
        sections.add(new KnowledgeDocument.Section(s[0] == null ? title : s[0], sectionText));
      }
    }
    String id = front.getOrDefault("id", "");
    if (id.isBlank()) {
      id = idFromPath(relativePath);
    }
    String lang = front.getOrDefault("lang", "").toLowerCase(Locale.ROOT);
    if (!lang.equals("tr") && !lang.equals("en")) {
      lang = LanguageDetector.detect(title + " " + body);
    }
    return new KnowledgeDocument(
        id,
        title.isBlank() ? id : title,
        lang,
        blankToNull(front.get("department")),
        blankToNull(front.get("url")),
        blankToNull(front.get("updated")),
        List.copyOf(sections),
        sha256(content));
  }

  /** A stable id from a relative path: lower case, extension dropped, separators become '-'. */
  public static String idFromPath(String relativePath) {
    String p = relativePath.replace('\\', '/');
    int dot = p.lastIndexOf('.');
    if (dot > p.lastIndexOf('/')) {
      p = p.substring(0, dot);
    }
    String id = ID_CHARS.matcher(p.toLowerCase(Locale.ROOT).replace('/', '-')).replaceAll("-");
    id = id.replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    return id.isEmpty() ? "document" : id;
  }

  static String clean(String line) {
    String s = HTML_TAG.matcher(line).replaceAll(" ");
    s = LINK.matcher(s).replaceAll("$1");
    s = EMPHASIS.matcher(s).replaceAll("");
    s = s.replaceAll("^>\\s*", "");
    return s.trim();
  }

  private static boolean endsSentence(String s) {
    char c = s.charAt(s.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
  }

  private static String normaliseSpace(String s) {
    return s.replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\\n+ *", "\n").trim();
  }

  private static String firstLine(String body) {
    for (String line : body.split("\n")) {
      String c = clean(line.replaceFirst("^#+\\s*", ""));
      if (!c.isEmpty()) {
        return c.length() > 120 ? c.substring(0, 120) : c;
      }
    }
    return "";
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.trim();
  }

  public static String sha256(String content) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
