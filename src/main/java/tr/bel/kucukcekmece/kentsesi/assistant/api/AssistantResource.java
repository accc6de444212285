package tr.bel.kucukcekmece.kentsesi.assistant.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import tr.bel.kucukcekmece.kentsesi.assistant.api.AssistantViews.AskRequest;
import tr.bel.kucukcekmece.kentsesi.assistant.api.AssistantViews.AskView;
import tr.bel.kucukcekmece.kentsesi.assistant.api.AssistantViews.DocumentView;
import tr.bel.kucukcekmece.kentsesi.assistant.api.AssistantViews.RatingRequest;
import tr.bel.kucukcekmece.kentsesi.assistant.application.AssistantService;
import tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeService;
import tr.bel.kucukcekmece.kentsesi.assistant.application.QuestionLog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;

/** Residents ask the assistant, rate its answers and read the documents it cites. */
@Path("assistant")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class AssistantResource {

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

  @Inject AssistantService assistant;

  @Inject KnowledgeService knowledge;

  @Context HttpHeaders headers;

  @POST
  @Path("ask")
  @Consumes(MediaType.APPLICATION_JSON)
  public AskView ask(AskRequest body) {
    if (body == null) {
      throw ApiException.invalid("question", "assistant.question.required");
    }
    String caller = Messages.choose(headers.getAcceptableLanguages()).getLanguage();
    return AskView.of(
        assistant.ask(body.question(), body.language(), body.conversationId(), caller));
  }

  @POST
  @Path("answers/{answerId}/rating")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rate(@PathParam("answerId") String answerId, RatingRequest body) {
    long id;
    try {
      id = Long.parseLong(answerId);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("assistant.answer.unknown");
    }
    ApiException.Collector errors = new ApiException.Collector();
    if (body == null || body.helpful() == null) {
      errors.add("helpful", "assistant.rating.helpfulRequired");
    }
    if (body != null && body.comment() != null && body.comment().length() > 1000) {
      errors.add("comment", "assistant.rating.commentTooLong", 1000);
    } else if (body != null && body.comment() != null && CONTROL.matcher(body.comment()).find()) {
      // NUL and other control characters: PostgreSQL refuses NUL in text (this was a 500 there)
      errors.add("comment", "assistant.rating.commentNotText");
    }
    errors.throwIfAny();
    QuestionLog.Rated rated = assistant.rate(id, body.helpful(), body.comment());
    return switch (rated) {
      case OK -> Response.noContent().build();
      case UNKNOWN -> throw ApiException.notFound("assistant.answer.unknown");
      case ALREADY -> throw ApiException.conflict("assistant.answer.alreadyRated");
    };
  }

  @GET
  @Path("documents/{id}")
  public DocumentView document(@PathParam("id") String id) {
    return knowledge
        .document(id)
        .map(DocumentView::of)
        .orElseThrow(() -> ApiException.notFound("assistant.document.unknown"));
  }
}
