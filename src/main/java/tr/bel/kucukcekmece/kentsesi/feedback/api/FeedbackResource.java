package tr.bel.kucukcekmece.kentsesi.feedback.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.OptionalLong;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.LocalizedText;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackViews.FeedbackRequest;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackViews.KvkkNoticeView;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackViews.RatingRequest;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackViews.ReopenRequest;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackViews.SubmittedView;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackViews.SuggestionView;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackViews.TrackingView;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackSubmitter;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackText;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackTracking;
import tr.bel.kucukcekmece.kentsesi.feedback.application.KvkkNotice;
import tr.bel.kucukcekmece.kentsesi.feedback.application.ServiceSuggester;
import tr.bel.kucukcekmece.kentsesi.feedback.application.SubmissionRateLimiter;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Channel;

/**
 * Citizens submit feedback and requests, follow them by tracking code, rate the answer and reopen.
 */
@Path("feedback")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class FeedbackResource {

  @Inject FeedbackTracking tracking;

  @Inject FeedbackSubmitter submitter;

  @Inject SubmissionRateLimiter rateLimiter;

  @Inject ServiceSuggester suggester;

  @Inject CurrentUser currentUser;

  @Context HttpHeaders headers;

  @Context UriInfo uri;

  private String language() {
    return Messages.choose(headers.getAcceptableLanguages()).getLanguage();
  }

  /**
   * Submits feedback; 201 with the tracking code. A retry with the same Idempotency-Key returns the
   * first result.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(
      FeedbackRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
    String key = checkIdempotencyKey(idempotencyKey);
    OptionalLong wait = rateLimiter.acquire(currentUser.clientAddress(), System.nanoTime());
    if (wait.isPresent()) {
      throw ApiException.tooManyRequests("rate-limited", wait.getAsLong());
    }
    FeedbackSubmitter.Submitted result =
        submitter.submit(body.toSubmission(language()), Channel.WEB, "citizen", key);
    return created(result);
  }

  Response created(FeedbackSubmitter.Submitted result) {
    SubmittedView view = SubmittedView.of(result.feedback());
    return Response.created(
            uri.getBaseUriBuilder().path("feedback/{code}").build(view.trackingCode()))
        .header("Idempotent-Replayed", result.replayed() ? "true" : null)
        .entity(view)
        .build();
  }

  /**
   * The Idempotency-Key header, checked: at most 128 visible ASCII characters; null when absent.
   */
  public static String checkIdempotencyKey(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    if (key.length() > 128 || !key.matches("[\\x21-\\x7e]+")) {
      throw ApiException.badRequest("idempotency-key");
    }
    return key;
  }

  @GET
  @Path("{code}")
  public TrackingView track(@PathParam("code") String code) {
    return TrackingView.of(tracking.track(code));
  }

  @POST
  @Path("{code}/resolution-rating")
  @Consumes(MediaType.APPLICATION_JSON)
  public TrackingView rate(@PathParam("code") String code, RatingRequest body) {
    return TrackingView.of(tracking.rateResolution(code, body.rating()));
  }

  @POST
  @Path("{code}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  public TrackingView reopen(@PathParam("code") String code, ReopenRequest body) {
    return TrackingView.of(tracking.reopen(code, body.reason()));
  }

  /** The KVKK information notice to show, in full, wherever contact data can be given. */
  @GET
  @Path("kvkk-notice")
  public KvkkNoticeView kvkkNotice() {
    return new KvkkNoticeView(
        KvkkNotice.VERSION, new LocalizedText(KvkkNotice.text("tr"), KvkkNotice.text("en")));
  }

  /** Likely services for what the citizen is typing (at most three). */
  @GET
  @Path("suggest")
  public List<SuggestionView> suggest(
      @QueryParam("text") String text, @QueryParam("lang") String lang) {
    if (text != null && text.length() > FeedbackText.COMMENT_MAX) {
      throw ApiException.invalid(
          "text", "feedback.commentTooLong", FeedbackText.COMMENT_MAX, text.length());
    }
    return suggester.suggest(text, 3).stream().map(SuggestionView::of).toList();
  }
}
