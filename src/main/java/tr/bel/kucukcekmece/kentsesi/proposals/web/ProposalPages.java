package tr.bel.kucukcekmece.kentsesi.proposals.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalResource;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.CommentView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.DetailView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.EventView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.MilestoneView;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.Hit;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.ListQuery;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalService;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;

/**
 * The public proposal pages, rendered on the server so that they read without JavaScript: the list with search,
 * filters, sorting and paging ({@code /proposals.html}) and one proposal with its answer, history, accountability
 * timeline and comments ({@code /proposal.html?id=}). Everything from users is escaped. Labels come from the web
 * bundles ({@code /i18n/tr.json}, {@code en.json}) and carry {@code data-i18n}, so the script's language switch works
 * too; the script adds supporting, following, commenting, editing and deleting one's own comments, and flagging.
 */
@WebServlet(urlPatterns = {"/proposals.html", "/proposal.html"})
public class ProposalPages extends HttpServlet {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Inject
  ProposalService proposals;

  @Inject
  ProposalIndex index;

  @Inject
  Catalog catalog;

  private final Map<String, JsonObject> bundles = new ConcurrentHashMap<>();

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String lang = "en".equals(req.getParameter("lang")) ? "en" : "tr";
    resp.setContentType("text/html;charset=UTF-8");
    resp.setHeader("Cache-Control", "no-cache");
    Page page = new Page(lang, bundle(lang), req.getParameter("lang") != null);
    if (req.getServletPath().equals("/proposal.html")) {
      detail(req, resp, page);
    } else {
      list(req, page);
    }
    resp.getWriter().write(page.html());
  }

  // ---- the list

  private void list(HttpServletRequest req, Page page) {
    page.title("proposals.page.title");
    page.bodyScript = "/js/proposals.js";
    StringBuilder b = page.main;
    b.append("<div class=\"container\">");
    b.append(page.tag("h1", "proposals.list.title", ""));
    b.append(page.tag("p", "proposals.list.intro", " class=\"lead\""));
    b.append("<p class=\"actions\"><a id=\"new-proposal-link\" class=\"button\" href=\"/proposal-new.html\"")
        .append(page.attr("proposals.list.new")).append("</a> <a id=\"account-link\" class=\"button "
        + "button-secondary\" href=\"/account.html\"").append(page.attr("proposals.list.account")).append("</a></p>");
    String q = param(req, "q");
    String department = param(req, "department");
    String neighbourhood = param(req, "neighbourhood");
    String state = param(req, "state");
    String sort = param(req, "sort");
    ListQuery query = null;
    List<String> errors = new ArrayList<>();
    try {
      query = ProposalResource.listQuery(proposals, q, department, neighbourhood, state, sort, param(req, "page"),
          null);
    } catch (ApiException e) {
      Locale locale = page.locale();
      e.fields().forEach(f -> errors.add(Messages.get(locale, f.key(), f.params())));
    }
    searchForm(page, q, department, neighbourhood, state, query == null ? sort : query.sort());
    if (!errors.isEmpty()) {
      b.append("<div id=\"list-error\" class=\"alert alert-error\" role=\"alert\"><ul>");
      errors.forEach(m -> b.append("<li>").append(SafeText.escape(m)).append("</li>"));
      b.append("</ul></div></div>");
      return;
    }
    ProposalIndex.Page result = index.list(query);
    long pages = Math.max(1, (result.total() + query.size() - 1) / query.size());
    b.append("<h2 id=\"results-title\" class=\"visually-hidden\"").append(page.attr("proposals.list.results"))
        .append("</h2>");
    b.append("<p id=\"result-count\" role=\"status\" data-i18n=\"proposals.list.count\" data-i18n-params='{\"n\":\"")
        .append(result.total()).append("\"}'>").append(SafeText.escape(page.text("proposals.list.count")
            .replace("{n}", Long.toString(result.total())))).append("</p>");
    if (result.hits().isEmpty()) {
      b.append(page.tag("p", "proposals.list.empty", " id=\"list-empty\" class=\"muted\""));
    } else {
      b.append("<ol id=\"proposal-list\" class=\"proposal-list\" aria-labelledby=\"results-title\">");
      for (Hit h : result.hits()) {
        item(page, h);
      }
      b.append("</ol>");
    }
    if (pages > 1) {
      b.append("<nav class=\"pager\" aria-label=\"").append(SafeText.escape(page.text("proposals.list.pages")))
          .append("\" data-i18n-attr=\"aria-label:proposals.list.pages\"><ul>");
      if (query.page() > 1) {
        b.append("<li><a id=\"page-prev\" rel=\"prev\" href=\"").append(pageLink(req, query.page() - 1)).append("\"")
            .append(page.attr("proposals.list.prev")).append("</a></li>");
      }
      b.append("<li><span id=\"page-current\" data-i18n=\"proposals.list.pageOf\" data-i18n-params='{\"page\":\"")
          .append(query.page()).append("\",\"pages\":\"").append(pages).append("\"}'>")
          .append(SafeText.escape(page.text("proposals.list.pageOf").replace("{page}", Integer.toString(query.page()))
              .replace("{pages}", Long.toString(pages)))).append("</span></li>");
      if (query.page() < pages && query.page() < 500) {
        b.append("<li><a id=\"page-next\" rel=\"next\" href=\"").append(pageLink(req, query.page() + 1)).append("\"")
            .append(page.attr("proposals.list.next")).append("</a></li>");
      }
      b.append("</ul></nav>");
    }
    b.append("</div>");
  }

  private void searchForm(Page page, String q, String department, String neighbourhood, String state, String sort) {
    CatalogSnapshot cat = catalog.snapshot();
    StringBuilder b = page.main;
    b.append("<form id=\"proposal-search\" class=\"filters\" method=\"get\" action=\"/proposals.html\" role=\"search\">");
    if (page.explicitLang) {
      b.append("<input type=\"hidden\" name=\"lang\" value=\"").append(page.lang).append("\">");
    }
    b.append("<div class=\"filter-grid\">");
    b.append("<div class=\"field\"><label for=\"search-q\"").append(page.attr("proposals.search.q"))
        .append("</label><input id=\"search-q\" name=\"q\" type=\"search\" maxlength=\"200\" value=\"")
        .append(SafeText.escape(q == null ? "" : q)).append("\"></div>");
    Map<String, String> depts = new LinkedHashMap<>();
    cat.departments().forEach(d -> depts.put(d.code(), page.lang.equals("en") ? d.nameEn() : d.nameTr()));
    select(page, "search-department", "department", "proposals.search.department", "proposals.search.all", depts,
        department);
    Map<String, String> nbh = new LinkedHashMap<>();
    cat.neighbourhoods().forEach(n -> nbh.put(n.code(), n.name()));
    select(page, "search-neighbourhood", "neighbourhood", "proposals.search.neighbourhood", "proposals.search.all",
        nbh, neighbourhood);
    Map<String, String> states = new LinkedHashMap<>();
    for (ProposalState s : ProposalState.values()) {
      states.put(s.name(), "i18n:proposals.state." + s.name());
    }
    select(page, "search-state", "state", "proposals.search.state", "proposals.search.allStates", states, state);
    Map<String, String> sorts = new LinkedHashMap<>();
    for (String s : List.of("relevance", "newest", "supports", "trending")) {
      sorts.put(s, "i18n:proposals.sort." + s);
    }
    select(page, "search-sort", "sort", "proposals.search.sort", null, sorts, sort);
    b.append("</div><button id=\"search-submit\" class=\"button\" type=\"submit\"")
        .append(page.attr("proposals.search.submit")).append("</button></form>");
  }

  private static void select(Page page, String id, String name, String labelKey, String allKey,
      Map<String, String> options, String selected) {
    StringBuilder b = page.main;
    b.append("<div class=\"field\"><label for=\"").append(id).append("\"").append(page.attr(labelKey))
        .append("</label><select id=\"").append(id).append("\" name=\"").append(name).append("\">");
    if (allKey != null) {
      b.append("<option value=\"\"").append(page.attr(allKey)).append("</option>");
    }
    for (var e : options.entrySet()) {
      boolean sel = e.getKey().equalsIgnoreCase(selected == null ? "" : selected);
      b.append("<option value=\"").append(SafeText.escape(e.getKey())).append("\"").append(sel ? " selected" : "");
      if (e.getValue().startsWith("i18n:")) {
        b.append(page.attr(e.getValue().substring(5)));
      } else {
        b.append(">").append(SafeText.escape(e.getValue()));
      }
      b.append("</option>");
    }
    b.append("</select></div>");
  }

  private void item(Page page, Hit h) {
    StringBuilder b = page.main;
    b.append("<li class=\"card proposal-card\"><h3><a href=\"/proposal.html?id=").append(h.id())
        .append(page.explicitLang ? "&amp;lang=" + page.lang : "").append("\">").append(SafeText.escape(h.title()))
        .append("</a></h3><p>").append(SafeText.escape(h.excerpt())).append("</p><p class=\"small proposal-meta\">");
    b.append("<span class=\"badge\"").append(page.attr("proposals.state." + h.state())).append("</span> ");
    b.append("<span data-i18n=\"proposals.supports\" data-i18n-params='{\"n\":\"").append(h.supports())
        .append("\"}'>").append(SafeText.escape(page.text("proposals.supports").replace("{n}",
            Long.toString(h.supports())))).append("</span>");
    department(page, h.department()).ifPresent(d -> b.append(" · ").append(SafeText.escape(d)));
    if (h.neighbourhood() != null) {
      catalog.snapshot().neighbourhood(h.neighbourhood()).ifPresent(n -> b.append(" · ")
          .append(SafeText.escape(n.name())));
    }
    LocalDate created = Times.istanbulDate(Instant.ofEpochMilli(h.createdMillis()).atOffset(java.time.ZoneOffset.UTC)
        .toLocalDateTime());
    b.append(" · <time datetime=\"").append(created).append("\">").append(DATE.format(created)).append("</time>");
    if (h.dueDate() != null) {
      b.append(" · <span data-i18n=\"proposals.dueShort\" data-i18n-params='{\"date\":\"")
          .append(DATE.format(LocalDate.parse(h.dueDate()))).append("\"}'>")
          .append(SafeText.escape(page.text("proposals.dueShort").replace("{date}",
              DATE.format(LocalDate.parse(h.dueDate()))))).append("</span>");
    }
    b.append("</p></li>");
  }

  private Optional<String> department(Page page, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return catalog.snapshot().department(code).map(d -> page.lang.equals("en") ? d.nameEn() : d.nameTr());
  }

  private static String pageLink(HttpServletRequest req, int pageNo) {
    StringBuilder b = new StringBuilder("/proposals.html?");
    for (String name : List.of("q", "department", "neighbourhood", "state", "sort", "lang")) {
      String v = req.getParameter(name);
      if (v != null && !v.isBlank()) {
        b.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append("&amp;");
      }
    }
    return b.append("page=").append(pageNo).toString();
  }

  // ---- one proposal

  private void detail(HttpServletRequest req, HttpServletResponse resp, Page page) {
    page.bodyScript = "/js/proposal.js";
    StringBuilder b = page.main;
    DetailView d = null;
    try {
      long id = Long.parseLong(String.valueOf(req.getParameter("id")).strip());
      Optional<SessionUser> viewer = SessionUser.of(req);
      d = DetailView.of(proposals.details(id, viewer), viewer.filter(u -> u.hasRole(
          tr.bel.kucukcekmece.kentsesi.core.security.Role.CITIZEN)).map(SessionUser::accountId).orElse(null));
    } catch (NumberFormatException | ApiException e) {
      resp.setStatus(404);
      page.title("proposals.notFound.title");
      b.append("<div class=\"container\">").append(page.tag("h1", "proposals.notFound.title", ""))
          .append(page.tag("p", "proposals.notFound.text", "")).append("<p><a href=\"/proposals.html\"")
          .append(page.attr("proposals.back")).append("</a></p></div>");
      return;
    }
    page.plainTitle = d.title();
    b.append("<div class=\"container\" id=\"proposal\" data-id=\"").append(d.id()).append("\">");
    b.append("<p><a id=\"back-link\" href=\"/proposals.html\"").append(page.attr("proposals.back")).append("</a></p>");
    b.append("<h1 id=\"proposal-title\">").append(SafeText.escape(d.title())).append("</h1>");
    b.append("<p class=\"proposal-meta\"><span id=\"proposal-state\" class=\"badge\"")
        .append(page.attr("proposals.state." + d.state())).append("</span> ");
    if (d.authorDeleted()) {
      b.append("<span id=\"proposal-author\"").append(page.attr("proposals.deletedAccount")).append("</span>");
    } else {
      b.append("<span id=\"proposal-author\">").append(SafeText.escape(d.author())).append("</span>");
    }
    OffsetDateTime created = d.createdAt();
    LocalDate createdDate = Times.istanbulDate(created.toLocalDateTime());
    b.append(" · <time datetime=\"").append(createdDate).append("\">").append(DATE.format(createdDate))
        .append("</time>");
    department(page, d.departmentCode()).ifPresent(x -> b.append(" · <span id=\"proposal-department\">")
        .append(SafeText.escape(x)).append("</span>"));
    if (d.neighbourhoodCode() != null) {
      catalog.snapshot().neighbourhood(d.neighbourhoodCode()).ifPresent(n -> b.append(" · ")
          .append(SafeText.escape(n.name())));
    }
    b.append("</p>");
    if ("HIDDEN".equals(d.visibility())) {
      b.append("<p id=\"moderation-note\" class=\"alert alert-info\">").append(SafeText.escape(
          page.text("proposals.hiddenNote").replace("{reason}", d.moderationNote() == null ? "" : d.moderationNote())))
          .append("</p>");
    } else if ("PENDING".equals(d.visibility())) {
      b.append(page.tag("p", "proposals.pendingNote", " id=\"pending-note\" class=\"alert alert-info\""));
    }
    b.append("<div id=\"proposal-body\" class=\"response-text\">").append(d.bodyHtml()).append("</div>");

    // supports and the threshold
    b.append("<section class=\"subsection\" aria-labelledby=\"support-title\">")
        .append(page.tag("h2", "proposals.support.title", " id=\"support-title\""));
    b.append("<p id=\"support-count\" data-i18n=\"proposals.support.count\" data-i18n-params='{\"n\":\"")
        .append(d.supports()).append("\",\"threshold\":\"").append(d.threshold()).append("\"}'>")
        .append(SafeText.escape(page.text("proposals.support.count").replace("{n}", Integer.toString(d.supports()))
            .replace("{threshold}", Integer.toString(d.threshold())))).append("</p>");
    if (d.answerDueDate() != null) {
      String due = DATE.format(d.answerDueDate());
      b.append("<p id=\"answer-due\" data-i18n=\"proposals.due\" data-i18n-params='{\"date\":\"").append(due)
          .append("\"}'>").append(SafeText.escape(page.text("proposals.due").replace("{date}", due))).append("</p>");
    }
    b.append("<div id=\"proposal-actions\" class=\"actions\" hidden></div>");
    b.append(page.tag("p", "proposals.support.jsNote", " id=\"js-note\" class=\"muted small\""));
    b.append("<p id=\"action-status\" class=\"alert alert-info\" role=\"status\"></p>");
    b.append("<div id=\"action-error\" class=\"alert alert-error\" role=\"alert\"></div>");
    b.append("</section>");

    // the municipality's answer and the history
    if (d.stateReason() != null) {
      b.append("<section class=\"subsection\" aria-labelledby=\"answer-title\">")
          .append(page.tag("h2", "proposals.answer.title", " id=\"answer-title\""))
          .append("<div id=\"proposal-answer\" class=\"response-text\">").append(SafeText.toHtml(d.stateReason()))
          .append("</div></section>");
    }
    if (!d.milestones().isEmpty() || ProposalState.parse(d.state()).map(ProposalState::accepted).orElse(false)) {
      b.append("<section class=\"subsection\" aria-labelledby=\"milestones-title\">")
          .append(page.tag("h2", "proposals.milestones.title", " id=\"milestones-title\""));
      b.append("<p><label for=\"proposal-progress\"").append(page.attr("proposals.progress")).append("</label> ")
          .append("<progress id=\"proposal-progress\" max=\"100\" value=\"").append(d.progress()).append("\">")
          .append(d.progress()).append("%</progress> <span>").append(d.progress()).append("%</span></p>");
      b.append("<ol id=\"milestones\" class=\"timeline\">");
      for (MilestoneView m : d.milestones()) {
        b.append("<li><time datetime=\"").append(m.date()).append("\">").append(DATE.format(m.date()))
            .append("</time> — ").append(SafeText.escape(m.text())).append(" (").append(m.progress())
            .append("%)</li>");
      }
      b.append("</ol></section>");
    }
    b.append("<section class=\"subsection\" aria-labelledby=\"history-title\">")
        .append(page.tag("h2", "proposals.history.title", " id=\"history-title\""))
        .append("<ol id=\"history\" class=\"timeline\">");
    for (EventView e : d.timeline()) {
      LocalDate at = Times.istanbulDate(e.at().toLocalDateTime());
      b.append("<li><time datetime=\"").append(at).append("\">").append(DATE.format(at)).append("</time> — <span")
          .append(page.attr("proposals.event." + e.type())).append("</span>");
      if (e.state() != null && "STATE_CHANGED".equals(e.type())) {
        b.append(": <span").append(page.attr("proposals.state." + e.state())).append("</span>");
      }
      b.append("</li>");
    }
    b.append("</ol></section>");

    // comments
    b.append("<section class=\"subsection\" aria-labelledby=\"comments-title\">")
        .append(page.tag("h2", "proposals.comments.title", " id=\"comments-title\""));
    b.append("<p id=\"comment-status\" class=\"alert alert-info\" role=\"status\"></p>");
    List<CommentView> top = d.comments().stream().filter(c -> c.parentId() == null).toList();
    if (top.isEmpty()) {
      b.append(page.tag("p", "proposals.comments.none", " id=\"comments-none\" class=\"muted\""));
    }
    b.append("<ol id=\"comments\" class=\"comment-list\">");
    for (CommentView c : top) {
      comment(page, c);
      List<CommentView> replies = d.comments().stream().filter(r -> c.id() == (r.parentId() == null ? -1
          : r.parentId())).toList();
      if (!replies.isEmpty()) {
        b.append("<ol class=\"comment-replies\">");
        replies.forEach(r -> {
          comment(page, r);
          b.append("</li>");
        });
        b.append("</ol>");
      }
      b.append("</li>");
    }
    b.append("</ol><div id=\"comment-area\"></div></section>");
    b.append("</div>");
  }

  private void comment(Page page, CommentView c) {
    StringBuilder b = page.main;
    b.append("<li class=\"comment\" id=\"comment-").append(c.id()).append("\" data-comment-id=\"").append(c.id())
        .append("\"").append(c.parentId() == null ? " data-top=\"1\"" : "").append(c.mine() ? " data-mine=\"1\"" : "")
        .append("><p class=\"small muted\">");
    if (c.authorDeleted()) {
      b.append("<span").append(page.attr("proposals.deletedAccount")).append("</span>");
    } else {
      b.append("<span class=\"comment-author\">").append(SafeText.escape(c.author())).append("</span>");
    }
    LocalDate at = Times.istanbulDate(c.createdAt().toLocalDateTime());
    b.append(" · <time datetime=\"").append(at).append("\">").append(DATE.format(at)).append("</time>");
    if (c.editedAt() != null && !c.deleted()) {
      b.append(" · <span class=\"comment-edited\"").append(page.attr("proposals.comments.edited")).append("</span>");
    }
    b.append("</p>");
    if (c.deleted()) {
      b.append(page.tag("p", "proposals.comments.deleted", " class=\"muted comment-text\""));
    } else if (c.hidden()) {
      b.append("<p class=\"muted comment-text\">").append(SafeText.escape(page.text("proposals.hiddenNote")
          .replace("{reason}", c.moderationNote() == null ? "" : c.moderationNote()))).append("</p>");
    } else {
      if (c.pending()) {
        b.append(page.tag("p", "proposals.comments.pending", " class=\"small muted comment-pending\""));
      }
      b.append("<div class=\"comment-text\">").append(c.textHtml()).append("</div>");
    }
    b.append("<div class=\"comment-actions\"></div>");
  }

  // ---- page frame

  private static String param(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    return v == null || v.isBlank() ? null : v;
  }

  private JsonObject bundle(String lang) {
    return bundles.computeIfAbsent(lang, l -> {
      try (InputStream in = getServletContext().getResourceAsStream("/i18n/" + l + ".json");
          JsonReader r = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.readObject();
      } catch (IOException | RuntimeException e) {
        return Json.createObjectBuilder().build();
      }
    });
  }

  /** One page being written. */
  private static final class Page {
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

    Locale locale() {
      return "en".equals(lang) ? Messages.ENGLISH : Messages.TURKISH;
    }

    void title(String key) {
      titleKey = key;
    }

    String text(String key) {
      return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    /** {@code  data-i18n="key">text} — the rest of an opening tag and its translated content. */
    String attr(String key) {
      return " data-i18n=\"" + key + "\">" + SafeText.escape(text(key));
    }

    String tag(String name, String key, String attributes) {
      return "<" + name + attributes + attr(key) + "</" + name + ">";
    }

    String html() {
      StringBuilder h = new StringBuilder(8192 + main.length());
      h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
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
      h.append("</head>\n<body>\n<a id=\"skip-link\" class=\"skip-link\" href=\"#main\"").append(attr("skip.link"))
          .append("</a>\n<header class=\"site-header\"><div class=\"container header-inner\">")
          .append("<a id=\"brand-link\" class=\"brand\" href=\"/\"><img src=\"/favicon.svg\" alt=\"\" width=\"40\" "
              + "height=\"40\"><span class=\"brand-text\"><span class=\"brand-name\"")
          .append(attr("site.name")).append("</span><span class=\"brand-sub\"").append(attr("site.municipality"))
          .append("</span></span></a>");
      String other = "en".equals(lang) ? "tr" : "en";
      h.append("<a id=\"lang-switch\" class=\"lang-switch\" href=\"?lang=").append(other).append("\" lang=\"")
          .append(other).append("\" hreflang=\"").append(other).append("\"").append(attr("lang.switch"))
          .append("</a></div>");
      h.append("<nav class=\"site-nav\" aria-label=\"").append(SafeText.escape(text("nav.label")))
          .append("\" data-i18n-attr=\"aria-label:nav.label\"><ul class=\"container\">");
      String[][] nav = {{"nav-home", "/", "nav.home"}, {"nav-feedback", "/feedback.html", "nav.feedback"},
          {"nav-track", "/track.html", "nav.track"}, {"nav-proposals", "/proposals.html", "nav.proposals"},
          {"nav-assistant", "/assistant.html", "nav.assistant"},
          {"nav-transparency", "/transparency.html", "nav.transparency"},
          {"nav-login", "/login.html", "nav.login"}};
      for (String[] n : nav) {
        h.append("<li><a id=\"").append(n[0]).append("\" href=\"").append(n[1]).append("\"")
            .append(n[0].equals("nav-proposals") ? " aria-current=\"page\"" : "").append(attr(n[2]))
            .append("</a></li>");
      }
      h.append("</ul></nav></header>\n<main id=\"main\" tabindex=\"-1\">").append(main).append("</main>\n");
      h.append("<footer class=\"site-footer\"><div class=\"container footer-inner\"><p")
          .append(attr("footer.copyright")).append("</p><nav aria-label=\"")
          .append(SafeText.escape(text("footer.nav.label")))
          .append("\" data-i18n-attr=\"aria-label:footer.nav.label\"><ul class=\"footer-links\">")
          .append("<li><a id=\"footer-kvkk\" href=\"/kvkk.html\"").append(attr("footer.kvkk")).append("</a></li>")
          .append("<li><a id=\"footer-accessibility\" href=\"/accessibility.html\"")
          .append(attr("footer.accessibility")).append("</a></li></ul></nav></div></footer>\n</body>\n</html>\n");
      return h.toString();
    }
  }
}
