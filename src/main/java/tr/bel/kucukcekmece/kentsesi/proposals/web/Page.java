package tr.bel.kucukcekmece.kentsesi.proposals.web;

import jakarta.json.JsonObject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;

/**
 * One proposal page being written: its language and label bundle, the content of {@code <main>}
 * that a page renderer appends to, and the site frame around it (head, header with navigation,
 * footer).
 */
final class Page {

  /** Dates as the pages show them. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  final String lang;
  final JsonObject bundle;
  final boolean explicitLang;
  final StringBuilder main = new StringBuilder();
  String titleKey = "proposals.page.title";
  String plainTitle;
  String bodyScript;

  Page(String lang, JsonObject bundle, boolean explicitLang) {
    this.lang = lang;
    this.bundle = bundle;
    this.explicitLang = explicitLang;
  }

  /** The department's name in the page's language; empty for no code or an unknown one. */
  Optional<String> departmentName(CatalogSnapshot catalog, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return catalog.department(code).map(d -> lang.equals("en") ? d.nameEn() : d.nameTr());
  }

  Locale locale() {
    return "en".equals(lang) ? Messages.ENGLISH : Messages.TURKISH;
  }

  void title(String key) {
    titleKey = key;
  }

  String text(String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  /** {@code data-i18n="key">text} — the rest of an opening tag and its translated content. */
  String attr(String key) {
    return " data-i18n=\"" + key + "\">" + SafeText.escape(text(key));
  }

  String tag(String name, String key, String attributes) {
    return "<" + name + attributes + attr(key) + "</" + name + ">";
  }

  String html() {
    StringBuilder h = new StringBuilder(8192 + main.length());
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang)
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"color-scheme\" content=\"light\">\n");
    if (plainTitle != null) {
      h.append("<title>").append(SafeText.escape(plainTitle)).append(" — Kent Sesi</title>\n");
    } else {
      h.append("<title").append(attr(titleKey)).append("</title>\n");
    }
    h.append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n")
        .append("<link rel=\"stylesheet\" href=\"/css/app.css\">\n")
        .append("<link rel=\"stylesheet\" href=\"/css/proposals.css\">\n");
    if (bodyScript != null) {
      h.append("<script type=\"module\" src=\"").append(bodyScript).append("\"></script>\n");
    }
    h.append("</head>\n<body>\n<a id=\"skip-link\" class=\"skip-link\" href=\"#main\"")
        .append(attr("skip.link"))
        .append("</a>\n<header class=\"site-header\"><div class=\"container header-inner\">")
        .append(
            "<a id=\"brand-link\" class=\"brand\" href=\"/\"><img src=\"/favicon.svg\" alt=\"\" width=\"40\" "
                + "height=\"40\"><span class=\"brand-text\"><span class=\"brand-name\"")
        .append(attr("site.name"))
        .append("</span><span class=\"brand-sub\"")
        .append(attr("site.municipality"))
        .append("</span></span></a>");
    String other = "en".equals(lang) ? "tr" : "en";
    h.append("<a id=\"lang-switch\" class=\"lang-switch\" href=\"?lang=")
        .append(other)
        .append("\" lang=\"")
        .append(other)
        .append("\" hreflang=\"")
        .append(other)
        .append("\"")
        .append(attr("lang.switch"))
        .append("</a></div>");
    h.append("<nav class=\"site-nav\" aria-label=\"")
        .append(SafeText.escape(text("nav.label")))
        .append("\" data-i18n-attr=\"aria-label:nav.label\"><ul class=\"container\">");
    String[][] nav = {
      {"nav-home", "/", "nav.home"},
      {"nav-feedback", "/feedback.html", "nav.feedback"},
      {"nav-track", "/track.html", "nav.track"},
      {"nav-proposals", "/proposals.html", "nav.proposals"},
      {"nav-assistant", "/assistant.html", "nav.assistant"},
      {"nav-transparency", "/transparency.html", "nav.transparency"},
      {"nav-login", "/login.html", "nav.login"}
    };
    for (String[] n : nav) {
      h.append("<li><a id=\"")
          .append(n[0])
          .append("\" href=\"")
          .append(n[1])
          .append("\"")
          .append(n[0].equals("nav-proposals") ? " aria-current=\"page\"" : "")
          .append(attr(n[2]))
          .append("</a></li>");
    }
    h.append("</ul></nav></header>\n<main id=\"main\" tabindex=\"-1\">")
        .append(main)
        .append("</main>\n");
    h.append("<footer class=\"site-footer\"><div class=\"container footer-inner\"><p")
        .append(attr("footer.copyright"))
        .append("</p><nav aria-label=\"")
        .append(SafeText.escape(text("footer.nav.label")))
        .append("\" data-i18n-attr=\"aria-label:footer.nav.label\"><ul class=\"footer-links\">")
        .append("<li><a id=\"footer-kvkk\" href=\"/kvkk.html\"")
        .append(attr("footer.kvkk"))
        .append("</a></li>")
        .append("<li><a id=\"footer-accessibility\" href=\"/accessibility.html\"")
        .append(attr("footer.accessibility"))
        .append("</a></li></ul></nav></div></footer>\n</body>\n</html>\n");
    return h.toString();
  }
}
