package tr.bel.kucukcekmece.kentsesi.proposals.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.Hit;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.ListQuery;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalQueries;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;

/**
 * The list page ({@code /proposals.html}): the search form with its filters and sorting, the
 * matching proposals a page at a time, and the pager. Bad parameters are listed in an alert, in the
 * page's language, as the API names them.
 */
@ApplicationScoped
public class ProposalListPage {

  @Inject ProposalQueries queries;

  @Inject ProposalIndex index;

  @Inject Catalog catalog;

  /** Writes the list page for the request's parameters into {@code page}. */
  void render(HttpServletRequest req, Page page) {
    page.title("proposals.page.title");
    page.bodyScript = "/js/proposals.js";
    StringBuilder b = page.main;
    b.append("<div class=\"container\">");
    b.append(page.tag("h1", "proposals.list.title", ""));
    b.append(page.tag("p", "proposals.list.intro", " class=\"lead\""));
    b.append(
            "<p class=\"actions\"><a id=\"new-proposal-link\" class=\"button\" href=\"/proposal-new.html\"")
        .append(page.attr("proposals.list.new"))
        .append(
            "</a> <a id=\"account-link\" class=\"button "
                + "button-secondary\" href=\"/account.html\"")
        .append(page.attr("proposals.list.account"))
        .append("</a></p>");
    String q = param(req, "q");
    String department = param(req, "department");
    String neighbourhood = param(req, "neighbourhood");
    String state = param(req, "state");
    String sort = param(req, "sort");
    ListQuery query = null;
    List<String> errors = new ArrayList<>();
    try {
      query =
          queries.listQuery(q, department, neighbourhood, state, sort, param(req, "page"), null);
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
    b.append("<h2 id=\"results-title\" class=\"visually-hidden\"")
        .append(page.attr("proposals.list.results"))
        .append("</h2>");
    b.append(
            "<p id=\"result-count\" role=\"status\" data-i18n=\"proposals.list.count\" data-i18n-params='{\"n\":\"")
        .append(result.total())
        .append("\"}'>")
        .append(
            SafeText.escape(
                page.text("proposals.list.count").replace("{n}", Long.toString(result.total()))))
        .append("</p>");
    if (result.hits().isEmpty()) {
      b.append(page.tag("p", "proposals.list.empty", " id=\"list-empty\" class=\"muted\""));
    } else {
      b.append(
          "<ol id=\"proposal-list\" class=\"proposal-list\" aria-labelledby=\"results-title\">");
      for (Hit h : result.hits()) {
        item(page, h);
      }
      b.append("</ol>");
    }
    if (pages > 1) {
      b.append("<nav class=\"pager\" aria-label=\"")
          .append(SafeText.escape(page.text("proposals.list.pages")))
          .append("\" data-i18n-attr=\"aria-label:proposals.list.pages\"><ul>");
      if (query.page() > 1) {
        b.append("<li><a id=\"page-prev\" rel=\"prev\" href=\"")
            .append(pageLink(req, query.page() - 1))
            .append("\"")
            .append(page.attr("proposals.list.prev"))
            .append("</a></li>");
      }
      b.append(
              "<li><span id=\"page-current\" data-i18n=\"proposals.list.pageOf\" data-i18n-params='{\"page\":\"")
          .append(query.page())
          .append("\",\"pages\":\"")
          .append(pages)
          .append("\"}'>")
          .append(
              SafeText.escape(
                  page.text("proposals.list.pageOf")
                      .replace("{page}", Integer.toString(query.page()))
                      .replace("{pages}", Long.toString(pages))))
          .append("</span></li>");
      if (query.page() < pages && query.page() < 500) {
        b.append("<li><a id=\"page-next\" rel=\"next\" href=\"")
            .append(pageLink(req, query.page() + 1))
            .append("\"")
            .append(page.attr("proposals.list.next"))
            .append("</a></li>");
      }
      b.append("</ul></nav>");
    }
    b.append("</div>");
  }

  private void searchForm(
      Page page, String q, String department, String neighbourhood, String state, String sort) {
    CatalogSnapshot cat = catalog.snapshot();
    StringBuilder b = page.main;
    b.append(
        "<form id=\"proposal-search\" class=\"filters\" method=\"get\" action=\"/proposals.html\" role=\"search\">");
    if (page.explicitLang) {
      b.append("<input type=\"hidden\" name=\"lang\" value=\"").append(page.lang).append("\">");
    }
    b.append("<div class=\"filter-grid\">");
    b.append("<div class=\"field\"><label for=\"search-q\"")
        .append(page.attr("proposals.search.q"))
        .append(
            "</label><input id=\"search-q\" name=\"q\" type=\"search\" maxlength=\"200\" value=\"")
        .append(SafeText.escape(q == null ? "" : q))
        .append("\"></div>");
    Map<String, String> depts = new LinkedHashMap<>();
    cat.departments()
        .forEach(d -> depts.put(d.code(), page.lang.equals("en") ? d.nameEn() : d.nameTr()));
    select(
        page,
        "search-department",
        "department",
        "proposals.search.department",
        "proposals.search.all",
        depts,
        department);
    Map<String, String> nbh = new LinkedHashMap<>();
    cat.neighbourhoods().forEach(n -> nbh.put(n.code(), n.name()));
    select(
        page,
        "search-neighbourhood",
        "neighbourhood",
        "proposals.search.neighbourhood",
        "proposals.search.all",
        nbh,
        neighbourhood);
    Map<String, String> states = new LinkedHashMap<>();
    for (ProposalState s : ProposalState.values()) {
      states.put(s.name(), "i18n:proposals.state." + s.name());
    }
    select(
        page,
        "search-state",
        "state",
        "proposals.search.state",
        "proposals.search.allStates",
        states,
        state);
    Map<String, String> sorts = new LinkedHashMap<>();
    for (String s : List.of("relevance", "newest", "supports", "trending")) {
      sorts.put(s, "i18n:proposals.sort." + s);
    }
    select(page, "search-sort", "sort", "proposals.search.sort", null, sorts, sort);
    b.append("</div><button id=\"search-submit\" class=\"button\" type=\"submit\"")
        .append(page.attr("proposals.search.submit"))
        .append("</button></form>");
  }

  private static void select(
      Page page,
      String id,
      String name,
      String labelKey,
      String allKey,
      Map<String, String> options,
      String selected) {
    StringBuilder b = page.main;
    b.append("<div class=\"field\"><label for=\"")
        .append(id)
        .append("\"")
        .append(page.attr(labelKey))
        .append("</label><select id=\"")
        .append(id)
        .append("\" name=\"")
        .append(name)
        .append("\">");
    if (allKey != null) {
      b.append("<option value=\"\"").append(page.attr(allKey)).append("</option>");
    }
    for (var e : options.entrySet()) {
      boolean sel = e.getKey().equalsIgnoreCase(selected == null ? "" : selected);
      b.append("<option value=\"")
          .append(SafeText.escape(e.getKey()))
          .append("\"")
          .append(sel ? " selected" : "");
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
    b.append("<li class=\"card proposal-card\"><h3><a href=\"/proposal.html?id=")
        .append(h.id())
        .append(page.explicitLang ? "&amp;lang=" + page.lang : "")
        .append("\">")
        .append(SafeText.escape(h.title()))
        .append("</a></h3><p>")
        .append(SafeText.escape(h.excerpt()))
        .append("</p><p class=\"small proposal-meta\">");
    b.append("<span class=\"badge\"")
        .append(page.attr("proposals.state." + h.state()))
        .append("</span> ");
    b.append("<span data-i18n=\"proposals.supports\" data-i18n-params='{\"n\":\"")
        .append(h.supports())
        .append("\"}'>")
        .append(
            SafeText.escape(
                page.text("proposals.supports").replace("{n}", Long.toString(h.supports()))))
        .append("</span>");
    page.departmentName(catalog.snapshot(), h.department())
        .ifPresent(d -> b.append(" · ").append(SafeText.escape(d)));
    if (h.neighbourhood() != null) {
      catalog
          .snapshot()
          .neighbourhood(h.neighbourhood())
          .ifPresent(n -> b.append(" · ").append(SafeText.escape(n.name())));
    }
    LocalDate created =
        Times.istanbulDate(
            Instant.ofEpochMilli(h.createdMillis())
                .atOffset(java.time.ZoneOffset.UTC)
                .toLocalDateTime());
    b.append(" · <time datetime=\"")
        .append(created)
        .append("\">")
        .append(Page.DATE.format(created))
        .append("</time>");
    if (h.dueDate() != null) {
      b.append(" · <span data-i18n=\"proposals.dueShort\" data-i18n-params='{\"date\":\"")
          .append(Page.DATE.format(LocalDate.parse(h.dueDate())))
          .append("\"}'>")
          .append(
              SafeText.escape(
                  page.text("proposals.dueShort")
                      .replace("{date}", Page.DATE.format(LocalDate.parse(h.dueDate())))))
          .append("</span>");
    }
    b.append("</p></li>");
  }

  private static String pageLink(HttpServletRequest req, int pageNo) {
    StringBuilder b = new StringBuilder("/proposals.html?");
    for (String name : List.of("q", "department", "neighbourhood", "state", "sort", "lang")) {
      String v = req.getParameter(name);
      if (v != null && !v.isBlank()) {
        b.append(name)
            .append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
            .append("&amp;");
      }
    }
    return b.append("page=").append(pageNo).toString();
  }

  /** A request parameter; blank is null. */
  private static String param(HttpServletRequest req, String name) {
    String v = req.getParameter(name);
    return v == null || v.isBlank() ? null : v;
  }
}
