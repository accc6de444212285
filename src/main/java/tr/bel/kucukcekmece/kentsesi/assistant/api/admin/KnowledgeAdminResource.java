package tr.bel.kucukcekmece.kentsesi.assistant.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import tr.bel.kucukcekmece.kentsesi.assistant.api.AssistantViews.GroupView;
import tr.bel.kucukcekmece.kentsesi.assistant.api.AssistantViews.GroupsView;
import tr.bel.kucukcekmece.kentsesi.assistant.api.AssistantViews.ImportedView;
import tr.bel.kucukcekmece.kentsesi.assistant.api.AssistantViews.ProgressView;
import tr.bel.kucukcekmece.kentsesi.assistant.application.DocumentImporter;
import tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeService;
import tr.bel.kucukcekmece.kentsesi.assistant.application.QuestionLog;
import tr.bel.kucukcekmece.kentsesi.assistant.application.UploadNames;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeDocument;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;

/**
 * Editors keep the assistant's knowledge: re-index with progress, upload documents, read what it
 * could not answer.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class KnowledgeAdminResource {

  @Inject KnowledgeService knowledge;

  @Inject QuestionLog log;

  @Inject CurrentUser currentUser;

  @Inject AuditLog audit;

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @POST
  @Path("knowledge/reindex")
  public Response reindex() {
    ProgressView p = ProgressView.of(knowledge.startReindex());
    audit.record(currentUser.actor(), "KNOWLEDGE_REINDEX", "knowledge", "all", null);
    return Response.accepted(p).location(URI.create("/api/admin/knowledge/reindex")).build();
  }

  @GET
  @Path("knowledge/reindex")
  public ProgressView progress() {
    return ProgressView.of(knowledge.progress());
  }

  /** Uploads one Markdown, HTML, plain-text or PDF file as the raw request body. */
  @POST
  @Path("knowledge/documents")
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @QueryParam("filename") String filename,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body)
      throws IOException {
    String name = UploadNames.plain(filename);
    byte[] bytes = body == null ? new byte[0] : body.readNBytes(DocumentImporter.MAX_BYTES + 1);
    KnowledgeDocument d =
        knowledge.importDocument(
            name,
            contentType,
            bytes,
            stored -> {
              audit.record(currentUser.actor(), "KNOWLEDGE_UPLOAD", "knowledge", stored.id(), name);
              em.flush();
            });
    return Response.created(URI.create("/api/assistant/documents/" + d.id()))
        .entity(new ImportedView(d.id(), d.title(), d.lang(), d.sections().size()))
        .build();
  }

  /** Unanswered or unhelpful questions, grouped by topic. */
  @GET
  @Path("assistant/questions")
  public GroupsView questions(@QueryParam("view") String view) {
    String v = view == null || view.isBlank() ? "unanswered" : view;
    if (!v.equals("unanswered") && !v.equals("unhelpful")) {
      throw ApiException.invalid("view", "assistant.questions.view");
    }
    return new GroupsView(
        v, log.groups(v.equals("unhelpful"), 200).stream().map(GroupView::of).toList());
  }
}
