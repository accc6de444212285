package tr.bel.kucukcekmece.kentsesi.proposals.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ModerationService.QueueItem;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalAuthoring;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalComments;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalFlags;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.Hit;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalQueries.Details;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalSettings;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Milestone;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalComment;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Visibility;
import tr.bel.kucukcekmece.kentsesi.proposals.web.SafeText;

/** Request and response records of the proposals API (never e-mail addresses or account ids). */
public final class ProposalViews {

  private ProposalViews() {}

  public record ProposalRequest(
      @Schema(required = true, minLength = 5, maxLength = ProposalAuthoring.TITLE_MAX) String title,
      @Schema(required = true, minLength = 20, maxLength = ProposalAuthoring.BODY_MAX) String body,
      String departmentCode,
      String neighbourhoodCode) {}

  public record CommentRequest(
      @Schema(required = true, minLength = 1, maxLength = ProposalComments.COMMENT_MAX) String text,
      Long parentId) {}

  public record CommentEditRequest(
      @Schema(required = true, minLength = 1, maxLength = ProposalComments.COMMENT_MAX)
          String text) {}

  public record FlagRequest(
      @Schema(required = true, minLength = 1, maxLength = ProposalFlags.REASON_MAX)
          String reason) {}

  public record AnswerRequest(
      @Schema(
              required = true,
              enumeration = {
                "UNDER_EVALUATION",
                "ACCEPTED",
                "REJECTED",
                "IN_PROGRESS",
                "COMPLETED"
              })
          String state,
      @Schema(required = true) String reason) {}

  public record MilestoneRequest(String date, String text, Integer progress) {}

  public record DepartmentRequest(String departmentCode) {}

  public record HideRequest(String reason) {}

  public record WordsRequest(List<String> tr, List<String> en) {}

  public record CreatedView(long id, String state, String visibility, String heldReason) {}

  public record SupportView(long id, int supports, boolean supported) {}

  public record ItemView(
      long id,
      String title,
      String excerpt,
      String departmentCode,
      String neighbourhoodCode,
      String state,
      OffsetDateTime createdAt,
      long supports,
      long supportsLastWeek,
      long comments,
      LocalDate answerDueDate,
      String author) {
    public static ItemView of(Hit h) {
      return new ItemView(
          h.id(),
          h.title(),
          h.excerpt(),
          h.department(),
          h.neighbourhood(),
          h.state(),
          Instant.ofEpochMilli(h.createdMillis()).atOffset(ZoneOffset.UTC),
          h.supports(),
          h.trend(),
          h.comments(),
          h.dueDate() == null ? null : LocalDate.parse(h.dueDate()),
          h.author());
    }
  }

  public record ListView(
      long total, int page, int size, long pages, String sort, List<ItemView> items) {}

  public record EventView(OffsetDateTime at, String type, String state, String note) {}

  public record MilestoneView(LocalDate date, String text, int progress) {
    public static MilestoneView of(Milestone m) {
      return new MilestoneView(m.on(), m.description(), m.progress());
    }
  }

  public record CommentView(
      long id,
      Long parentId,
      String author,
      boolean authorDeleted,
      String text,
      String textHtml,
      OffsetDateTime createdAt,
      OffsetDateTime editedAt,
      boolean deleted,
      boolean hidden,
      String moderationNote,
      boolean pending,
      boolean mine,
      OffsetDateTime editableUntil) {
    public static CommentView of(ProposalComment c, Long me) {
      boolean hidden = c.visibility() == Visibility.HIDDEN;
      String text = c.deleted() || hidden ? "" : c.body();
      boolean mine = me != null && me.equals(c.authorId());
      return new CommentView(
          c.id(),
          c.parentId(),
          c.authorName(),
          c.authorId() == null,
          text,
          SafeText.toHtml(text),
          Times.toOffset(c.createdAt()),
          Times.toOffset(c.editedAt()),
          c.deleted(),
          hidden,
          hidden ? c.moderationNote() : null,
          c.visibility() == Visibility.PENDING,
          mine,
          mine && !c.deleted()
              ? Times.toOffset(c.createdAt().plus(ProposalComment.EDIT_WINDOW))
              : null);
    }
  }

  public record DetailView(
      long id,
      String title,
      String body,
      String bodyHtml,
      String departmentCode,
      String neighbourhoodCode,
      String state,
      String stateReason,
      String visibility,
      String moderationNote,
      String heldReason,
      String author,
      boolean authorDeleted,
      OffsetDateTime createdAt,
      int supports,
      int threshold,
      OffsetDateTime thresholdReachedAt,
      LocalDate answerDueDate,
      OffsetDateTime answeredAt,
      boolean answerOverdue,
      int progress,
      List<EventView> timeline,
      List<MilestoneView> milestones,
      List<CommentView> comments,
      boolean supportedByMe,
      boolean followedByMe,
      boolean mine,
      boolean canSupport,
      boolean canWithdraw) {

    public static DetailView of(Details d, Long me) {
      Proposal p = d.proposal();
      boolean hidden = p.visibility() == Visibility.HIDDEN;
      String body = hidden ? "" : p.body();
      boolean overdue =
          p.answerDueDate() != null
              && p.answeredAt() == null
              && Times.todayInIstanbul().isAfter(p.answerDueDate());
      return new DetailView(
          p.id(),
          p.title(),
          body,
          SafeText.toHtml(body),
          p.departmentCode(),
          p.neighbourhoodCode(),
          p.state().name(),
          p.stateReason(),
          p.visibility().name(),
          hidden ? p.moderationNote() : null,
          d.mine() ? p.heldReason() : null,
          p.authorName(),
          p.authorId() == null,
          Times.toOffset(p.createdAt()),
          p.supportCount(),
          ProposalSettings.threshold(),
          Times.toOffset(p.thresholdReachedAt()),
          p.answerDueDate(),
          Times.toOffset(p.answeredAt()),
          overdue,
          d.milestones().stream()
              .mapToInt(Milestone::progress)
              .max()
              .orElse(p.state() == ProposalState.COMPLETED ? 100 : 0),
          d.events().stream()
              .map(
                  e -> new EventView(Times.toOffset(e.occurredAt()), e.type(), e.state(), e.note()))
              .toList(),
          d.milestones().stream().map(MilestoneView::of).toList(),
          d.comments().stream().map(c -> CommentView.of(c, me)).toList(),
          d.supportedByMe(),
          d.followedByMe(),
          d.mine(),
          p.visibility() == Visibility.PUBLIC && p.state().supportable(),
          d.mine() && p.state() == ProposalState.PUBLISHED && p.supportCount() == 0);
    }
  }

  public record QueueView(
      long id,
      String title,
      String departmentCode,
      String neighbourhoodCode,
      String state,
      int supports,
      OffsetDateTime createdAt,
      OffsetDateTime thresholdReachedAt,
      LocalDate answerDueDate,
      boolean answerOverdue,
      OffsetDateTime answeredAt) {
    public static QueueView of(Proposal p) {
      boolean overdue =
          p.answerDueDate() != null
              && p.answeredAt() == null
              && Times.todayInIstanbul().isAfter(p.answerDueDate());
      return new QueueView(
          p.id(),
          p.title(),
          p.departmentCode(),
          p.neighbourhoodCode(),
          p.state().name(),
          p.supportCount(),
          Times.toOffset(p.createdAt()),
          Times.toOffset(p.thresholdReachedAt()),
          p.answerDueDate(),
          overdue,
          Times.toOffset(p.answeredAt()));
    }
  }

  public record ModerationItemView(
      String targetType,
      long id,
      long proposalId,
      String proposalTitle,
      String text,
      String visibility,
      String heldReason,
      int openFlags,
      List<String> flagReasons,
      OffsetDateTime createdAt,
      String author) {
    public static ModerationItemView of(QueueItem i) {
      return new ModerationItemView(
          i.targetType(),
          i.id(),
          i.proposalId(),
          i.title(),
          i.text(),
          i.visibility().name(),
          i.heldReason(),
          i.openFlags(),
          i.flagReasons(),
          Times.toOffset(i.createdAt()),
          i.authorName());
    }
  }

  public record DepartmentSuggestionView(String departmentCode, String serviceCode) {}

  static Optional<String> blankToEmpty(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
