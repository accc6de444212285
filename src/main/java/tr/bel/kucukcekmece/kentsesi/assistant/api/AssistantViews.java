package tr.bel.kucukcekmece.kentsesi.assistant.api;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import tr.bel.kucukcekmece.kentsesi.assistant.application.AnswerEngine;
import tr.bel.kucukcekmece.kentsesi.assistant.application.AssistantService;
import tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeService;
import tr.bel.kucukcekmece.kentsesi.assistant.application.QuestionLog;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;

/** Request and response bodies of the assistant API. */
public final class AssistantViews {

  private AssistantViews() {}

  private static OffsetDateTime offset(LocalDateTime utc) {
    return utc == null ? null : Times.toOffset(utc);
  }

  /** Body of {@code POST /api/assistant/ask}. */
  public record AskRequest(
      @Schema(required = true, minLength = 1, maxLength = AssistantService.MAX_QUESTION)
          String question,
      @Schema(enumeration = {"tr", "en"}) String language,
      String conversationId) {}

  /** Body of {@code POST /api/assistant/answers/{id}/rating}. */
  @Schema(name = "AnswerRatingRequest")
  public record RatingRequest(
      @Schema(required = true) Boolean helpful, @Schema(maxLength = 1000) String comment) {}

  public record CitationView(
      String documentId,
      String passageId,
      int ordinal,
      String title,
      String heading,
      String url,
      String passage) {
    static CitationView of(AnswerEngine.Citation c) {
      int hash = c.passageId().lastIndexOf('#');
      int ordinal = 0;
      try {
        ordinal = hash < 0 ? 0 : Integer.parseInt(c.passageId().substring(hash + 1));
      } catch (NumberFormatException e) {
        ordinal = 0;
      }
      return new CitationView(
          c.documentId(), c.passageId(), ordinal, c.title(), c.heading(), c.url(), c.passage());
    }
  }

  public record HandoffView(String url, String serviceCode, String departmentCode) {}

  public record LiveView(String type) {}

  public record AskView(
      String conversationId,
      long answerId,
      String language,
      boolean answered,
      String answer,
      double confidence,
      List<CitationView> citations,
      List<CitationView> suggestions,
      HandoffView handoff,
      LiveView live) {
    static AskView of(AssistantService.Reply r) {
      return new AskView(
          r.conversationId(),
          r.answerId(),
          r.language(),
          r.answered(),
          r.answer(),
          r.confidence(),
          r.citations().stream().map(CitationView::of).toList(),
          r.suggestions().stream().map(CitationView::of).toList(),
          r.handoff() == null
              ? null
              : new HandoffView(
                  r.handoff().url(), r.handoff().serviceCode(), r.handoff().departmentCode()),
          r.live() == null ? null : new LiveView(r.live()));
    }
  }

  @Schema(name = "DocumentSectionView")
  public record SectionView(int ordinal, String heading, String text) {}

  public record DocumentView(
      String id,
      String title,
      String lang,
      String department,
      String url,
      String updated,
      List<SectionView> sections) {
    static DocumentView of(KnowledgeService.StoredDocument d) {
      List<SectionView> sections = new java.util.ArrayList<>();
      for (int i = 0; i < d.sections().size(); i++) {
        sections.add(new SectionView(i, d.sections().get(i).heading(), d.sections().get(i).text()));
      }
      return new DocumentView(
          d.id(), d.title(), d.lang(), d.department(), d.url(), d.updated(), sections);
    }
  }

  public record ProgressView(
      String state,
      int total,
      int done,
      int changed,
      int removed,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      String error) {
    public static ProgressView of(KnowledgeService.Progress p) {
      return new ProgressView(
          p.state(),
          p.total(),
          p.done(),
          p.changed(),
          p.removed(),
          offset(p.startedAt()),
          offset(p.finishedAt()),
          p.error());
    }
  }

  public record ImportedView(String documentId, String title, String lang, int passages) {}

  @Schema(name = "QuestionGroupView")
  public record GroupView(String topic, String example, long count, OffsetDateTime lastAskedAt) {
    public static GroupView of(QuestionLog.Group g) {
      return new GroupView(g.topic(), g.example(), g.count(), offset(g.lastAskedAt()));
    }
  }

  public record GroupsView(String view, List<GroupView> groups) {}
}
