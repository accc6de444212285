package tr.bel.kucukcekmece.kentsesi.proposals.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.CommentView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.DetailView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.EventView;
import tr.bel.kucukcekmece.kentsesi.proposals.api.ProposalViews.MilestoneView;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalQueries;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;

/**
 * The page of one proposal ({@code /proposal.html?id=}): its text, supports and threshold, the
 * municipality's answer, the accountability timeline, the history and the comments with their
 * replies. Held proposals are shown only to those the API shows them to; anyone else gets the
 * not-found page.
 */
@ApplicationScoped
public class ProposalDetailPage {

  @Inject ProposalQueries queries;

  @Inject Catalog catalog;

  /**
   * Writes the page of the proposal named by {@code id} into {@code page}; 404 when the viewer may
   * not see it.
   */
  void render(HttpServletRequest req, HttpServletResponse resp, Page page) {
    page.bodyScript = "/js/proposal.js";
    StringBuilder b = page.main;
    DetailView d = null;
    try {
      long id = Long.parseLong(String.valueOf(req.getParameter("id")).strip());
      Optional<SessionUser> viewer = SessionUser.of(req);
      d =
          DetailView.of(
              queries.details(id, viewer),
              viewer
                  .filter(u -> u.hasRole(tr.bel.kucukcekmece.kentsesi.core.security.Role.CITIZEN))
                  .map(SessionUser::accountId)
                  .orElse(null));
    } catch (NumberFormatException | ApiException e) {
      resp.setStatus(404);
      page.title("proposals.notFound.title");
      b.append("<div class=\"container\">")
          .append(page.tag("h1", "proposals.notFound.title", ""))
          .append(page.tag("p", "proposals.notFound.text", ""))
          .append("<p><a href=\"/proposals.html\"")
          .append(page.attr("proposals.back"))
          .append("</a></p></div>");
      return;
    }
    page.plainTitle = d.title();
    b.append("<div class=\"container\" id=\"proposal\" data-id=\"").append(d.id()).append("\">");
    b.append("<p><a id=\"back-link\" href=\"/proposals.html\"")
        .append(page.attr("proposals.back"))
        .append("</a></p>");
    b.append("<h1 id=\"proposal-title\">").append(SafeText.escape(d.title())).append("</h1>");
    b.append("<p class=\"proposal-meta\"><span id=\"proposal-state\" class=\"badge\"")
        .append(page.attr("proposals.state." + d.state()))
        .append("</span> ");
    if (d.authorDeleted()) {
      b.append("<span id=\"proposal-author\"")
          .append(page.attr("proposals.deletedAccount"))
          .append("</span>");
    } else {
      b.append("<span id=\"proposal-author\">")
          .append(SafeText.escape(d.author()))
          .append("</span>");
    }
    OffsetDateTime created = d.createdAt();
    LocalDate createdDate = Times.istanbulDate(created.toLocalDateTime());
    b.append(" · <time datetime=\"")
        .append(createdDate)
        .append("\">")
        .append(Page.DATE.format(createdDate))
        .append("</time>");
    page.departmentName(catalog.snapshot(), d.departmentCode())
        .ifPresent(
            x ->
                b.append(" · <span id=\"proposal-department\">")
                    .append(SafeText.escape(x))
                    .append("</span>"));
    if (d.neighbourhoodCode() != null) {
      catalog
          .snapshot()
          .neighbourhood(d.neighbourhoodCode())
          .ifPresent(n -> b.append(" · ").append(SafeText.escape(n.name())));
    }
    b.append("</p>");
    if ("HIDDEN".equals(d.visibility())) {
      b.append("<p id=\"moderation-note\" class=\"alert alert-info\">")
          .append(
              SafeText.escape(
                  page.text("proposals.hiddenNote")
                      .replace("{reason}", d.moderationNote() == null ? "" : d.moderationNote())))
          .append("</p>");
    } else if ("PENDING".equals(d.visibility())) {
      b.append(
          page.tag(
              "p", "proposals.pendingNote", " id=\"pending-note\" class=\"alert alert-info\""));
    }
    b.append("<div id=\"proposal-body\" class=\"response-text\">")
        .append(d.bodyHtml())
        .append("</div>");

    // supports and the threshold
    b.append("<section class=\"subsection\" aria-labelledby=\"support-title\">")
        .append(page.tag("h2", "proposals.support.title", " id=\"support-title\""));
    b.append(
            "<p id=\"support-count\" data-i18n=\"proposals.support.count\" data-i18n-params='{\"n\":\"")
        .append(d.supports())
        .append("\",\"threshold\":\"")
        .append(d.threshold())
        .append("\"}'>")
        .append(
            SafeText.escape(
                page.text("proposals.support.count")
                    .replace("{n}", Integer.toString(d.supports()))
                    .replace("{threshold}", Integer.toString(d.threshold()))))
        .append("</p>");
    if (d.answerDueDate() != null) {
      String due = Page.DATE.format(d.answerDueDate());
      b.append("<p id=\"answer-due\" data-i18n=\"proposals.due\" data-i18n-params='{\"date\":\"")
          .append(due)
          .append("\"}'>")
          .append(SafeText.escape(page.text("proposals.due").replace("{date}", due)))
          .append("</p>");
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
          .append("<div id=\"proposal-answer\" class=\"response-text\">")
          .append(SafeText.toHtml(d.stateReason()))
          .append("</div></section>");
    }
    if (!d.milestones().isEmpty()
        || ProposalState.parse(d.state()).map(ProposalState::accepted).orElse(false)) {
      b.append("<section class=\"subsection\" aria-labelledby=\"milestones-title\">")
          .append(page.tag("h2", "proposals.milestones.title", " id=\"milestones-title\""));
      b.append("<p><label for=\"proposal-progress\"")
          .append(page.attr("proposals.progress"))
          .append("</label> ")
          .append("<progress id=\"proposal-progress\" max=\"100\" value=\"")
          .append(d.progress())
          .append("\">")
          .append(d.progress())
          .append("%</progress> <span>")
          .append(d.progress())
          .append("%</span></p>");
      b.append("<ol id=\"milestones\" class=\"timeline\">");
      for (MilestoneView m : d.milestones()) {
        b.append("<li><time datetime=\"")
            .append(m.date())
            .append("\">")
            .append(Page.DATE.format(m.date()))
            .append("</time> — ")
            .append(SafeText.escape(m.text()))
            .append(" (")
            .append(m.progress())
            .append("%)</li>");
      }
      b.append("</ol></section>");
    }
    b.append("<section class=\"subsection\" aria-labelledby=\"history-title\">")
        .append(page.tag("h2", "proposals.history.title", " id=\"history-title\""))
        .append("<ol id=\"history\" class=\"timeline\">");
    for (EventView e : d.timeline()) {
      LocalDate at = Times.istanbulDate(e.at().toLocalDateTime());
      b.append("<li><time datetime=\"")
          .append(at)
          .append("\">")
          .append(Page.DATE.format(at))
          .append("</time> — <span")
          .append(page.attr("proposals.event." + e.type()))
          .append("</span>");
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
      List<CommentView> replies =
          d.comments().stream()
              .filter(r -> c.id() == (r.parentId() == null ? -1 : r.parentId()))
              .toList();
      if (!replies.isEmpty()) {
        b.append("<ol class=\"comment-replies\">");
        replies.forEach(
            r -> {
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
    b.append("<li class=\"comment\" id=\"comment-")
        .append(c.id())
        .append("\" data-comment-id=\"")
        .append(c.id())
        .append("\"")
        .append(c.parentId() == null ? " data-top=\"1\"" : "")
        .append(c.mine() ? " data-mine=\"1\"" : "")
        .append("><p class=\"small muted\">");
    if (c.authorDeleted()) {
      b.append("<span").append(page.attr("proposals.deletedAccount")).append("</span>");
    } else {
      b.append("<span class=\"comment-author\">")
          .append(SafeText.escape(c.author()))
          .append("</span>");
    }
    LocalDate at = Times.istanbulDate(c.createdAt().toLocalDateTime());
    b.append(" · <time datetime=\"")
        .append(at)
        .append("\">")
        .append(Page.DATE.format(at))
        .append("</time>");
    if (c.editedAt() != null && !c.deleted()) {
      b.append(" · <span class=\"comment-edited\"")
          .append(page.attr("proposals.comments.edited"))
          .append("</span>");
    }
    b.append("</p>");
    if (c.deleted()) {
      b.append(page.tag("p", "proposals.comments.deleted", " class=\"muted comment-text\""));
    } else if (c.hidden()) {
      b.append("<p class=\"muted comment-text\">")
          .append(
              SafeText.escape(
                  page.text("proposals.hiddenNote")
                      .replace("{reason}", c.moderationNote() == null ? "" : c.moderationNote())))
          .append("</p>");
    } else {
      if (c.pending()) {
        b.append(
            page.tag("p", "proposals.comments.pending", " class=\"small muted comment-pending\""));
      }
      b.append("<div class=\"comment-text\">").append(c.textHtml()).append("</div>");
    }
    b.append("<div class=\"comment-actions\"></div>");
  }
}
