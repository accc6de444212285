package tr.bel.kucukcekmece.kentsesi.proposals.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text made safe for HTML: everything escaped, paragraphs and line breaks kept, and http(s)
 * links turned into links that open no window relation and pass no ranking ({@code rel="nofollow
 * ugc noopener noreferrer"}).
 */
public final class SafeText {

  private static final Pattern URL =
      Pattern.compile("https?://[^\\s<>\"']{1,300}", Pattern.CASE_INSENSITIVE);

  private SafeText() {}

  /** Escapes text for HTML element content and attribute values. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Paragraphs ({@code <p>}) from blank-line separated text, {@code <br>} for single line breaks,
   * safe links.
   */
  public static String toHtml(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String para : text.strip().split("\\n\\s*\\n")) {
      out.append("<p>");
      String[] lines = para.split("\\n");
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          out.append("<br>");
        }
        out.append(linkify(lines[i]));
      }
      out.append("</p>");
    }
    return out.toString();
  }

  private static String linkify(String line) {
    StringBuilder b = new StringBuilder();
    Matcher m = URL.matcher(line);
    int last = 0;
    while (m.find()) {
      String url = m.group();
      String trailing = "";
      while (!url.isEmpty() && ".,;:!?)".indexOf(url.charAt(url.length() - 1)) >= 0) {
        trailing = url.charAt(url.length() - 1) + trailing;
        url = url.substring(0, url.length() - 1);
      }
      b.append(escape(line.substring(last, m.start())));
      b.append("<a href=\"")
          .append(escape(url))
          .append("\" rel=\"nofollow ugc noopener noreferrer\">")
          .append(escape(url))
          .append("</a>")
          .append(escape(trailing));
      last = m.end();
    }
    b.append(escape(line.substring(last)));
    return b.toString();
  }
}
