package tr.bel.kucukcekmece.kentsesi.feedback.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.Locale;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackKind;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackResource;
import tr.bel.kucukcekmece.kentsesi.feedback.api.FeedbackViews.SubmittedView;
import tr.bel.kucukcekmece.kentsesi.feedback.api.admin.FeedbackAdminViews.InboxItem;
import tr.bel.kucukcekmece.kentsesi.feedback.api.admin.FeedbackAdminViews.InboxView;
import tr.bel.kucukcekmece.kentsesi.feedback.api.admin.FeedbackAdminViews.NoteRequest;
import tr.bel.kucukcekmece.kentsesi.feedback.api.admin.FeedbackAdminViews.RetentionView;
import tr.bel.kucukcekmece.kentsesi.feedback.api.admin.FeedbackAdminViews.StaffEntryRequest;
import tr.bel.kucukcekmece.kentsesi.feedback.api.admin.FeedbackAdminViews.StaffItemView;
import tr.bel.kucukcekmece.kentsesi.feedback.api.admin.FeedbackAdminViews.StatusRequest;
import tr.bel.kucukcekmece.kentsesi.feedback.api.admin.FeedbackAdminViews.TransferRequest;
import tr.bel.kucukcekmece.kentsesi.feedback.application.Casework;
import tr.bel.kucukcekmece.kentsesi.feedback.application.ContactRetention;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackSubmitter;
import tr.bel.kucukcekmece.kentsesi.feedback.application.Inbox;
import tr.bel.kucukcekmece.kentsesi.feedback.application.Inbox.InboxQuery;
import tr.bel.kucukcekmece.kentsesi.feedback.application.Tracked;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Channel;

/**
 * The officials' inbox: OFFICIALs see their own departments, ADMIN sees all. Without a status
 * filter it lists the open items (received, in progress, reopened), most urgent first; {@code
 * status=ALL} lists everything.
 */
@Path("admin/feedback")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICIAL_NAME, Role.ADMIN_NAME})
@RequestScoped
public class FeedbackAdminResource {

  @Inject Inbox inbox;

  @Inject Casework casework;

  @Inject FeedbackSubmitter submitter;

  @Inject ContactRetention retention;

  @Inject CurrentUser currentUser;

  @Context HttpHeaders headers;

  @Context UriInfo uri;

  private SessionUser user() {
    return currentUser.require();
  }

  @GET
  @Path("inbox")
  public InboxView inbox(
      @QueryParam("department") String department,
      @QueryParam("status") String status,
      @QueryParam("kind") String kind,
      @QueryParam("service") String service,
      @QueryParam("neighbourhood") String neighbourhood,
      @QueryParam("due") String due,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    ApiException.Collector errors = new ApiException.Collector();
    List<FeedbackStatus> statuses = statuses(status, errors);
    FeedbackKind k = parse(FeedbackKind.class, kind, "kind", errors);
    errors.throwIfAny();
    Inbox.InboxPage page =
        inbox.inbox(
            new InboxQuery(
                department,
                statuses,
                k,
                service,
                neighbourhood,
                due,
                after,
                limit == null ? 25 : limit),
            user());
    var today = Times.todayInIstanbul();
    return new InboxView(
        page.items().stream().map(f -> InboxItem.of(f, today)).toList(),
        page.counts(),
        page.total(),
        page.nextCursor());
  }

  /**
   * Enters feedback received by phone, in person, by e-mail or through CİMER on a citizen's behalf.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enter(StaffEntryRequest body) {
    ApiException.Collector errors = new ApiException.Collector();
    Channel channel = parse(Channel.class, body.channel(), "channel", errors);
    if (body.channel() == null) {
      errors.add("channel", "validation.required");
    } else if (channel == Channel.WEB) {
      errors.add("channel", "validation.invalid");
    }
    errors.throwIfAny();
    SessionUser user = user();
    String lang = Messages.choose(headers.getAcceptableLanguages()).getLanguage();
    // An official may enter feedback about any service: it goes to the department that owns the
    // service.
    FeedbackSubmitter.Submitted result =
        submitter.submit(
            body.toSubmission(lang),
            channel,
            user.username(),
            FeedbackResource.checkIdempotencyKey(headers.getHeaderString("Idempotency-Key")));
    return created(result);
  }

  private Response created(FeedbackSubmitter.Submitted result) {
    SubmittedView view = SubmittedView.of(result.feedback());
    return Response.created(
            uri.getBaseUriBuilder().path("admin/feedback/{code}").build(view.trackingCode()))
        .entity(view)
        .build();
  }

  @GET
  @Path("{code}")
  public StaffItemView item(@PathParam("code") String code) {
    return view(casework.staffView(code, user()));
  }

  @POST
  @Path("{code}/assign")
  public StaffItemView assign(@PathParam("code") String code) {
    return view(casework.assignToSelf(code, user()));
  }

  @POST
  @Path("{code}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  public StaffItemView status(@PathParam("code") String code, StatusRequest body) {
    if (body.status() == null) {
      throw ApiException.invalid("status", "validation.required");
    }
    return view(casework.changeStatus(code, body.status(), body.publicResponse(), user()));
  }

  @POST
  @Path("{code}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  public StaffItemView note(@PathParam("code") String code, NoteRequest body) {
    return view(casework.addNote(code, body.text(), user()));
  }

  @POST
  @Path("{code}/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  public StaffItemView transfer(@PathParam("code") String code, TransferRequest body) {
    return view(
        casework.transfer(code, body.departmentCode(), body.serviceCode(), body.reason(), user()));
  }

  /** Runs the KVKK contact erasure now (it also runs daily); ADMIN only. */
  @POST
  @Path("retention/run")
  @RolesAllowed(Role.ADMIN_NAME)
  public RetentionView runRetention(@QueryParam("olderThanDays") Integer olderThanDays) {
    int days = olderThanDays == null ? retention.retentionDays() : olderThanDays;
    if (days < 0 || days > 3650) {
      throw ApiException.invalid("olderThanDays", "validation.Max", 0, 3650, 3650);
    }
    return new RetentionView(retention.run(days, user().username()), days);
  }

  /** A status, OPEN (the default: not yet answered) or ALL. */
  private static List<FeedbackStatus> statuses(String status, ApiException.Collector errors) {
    String s = status == null || status.isBlank() ? "OPEN" : status.trim().toUpperCase(Locale.ROOT);
    if (s.equals("ALL")) {
      return null;
    }
    if (s.equals("OPEN")) {
      return List.of(FeedbackStatus.RECEIVED, FeedbackStatus.IN_PROGRESS, FeedbackStatus.REOPENED);
    }
    FeedbackStatus one = parse(FeedbackStatus.class, s, "status", errors);
    return one == null ? null : List.of(one);
  }

  private StaffItemView view(Tracked t) {
    return StaffItemView.of(t, casework.contactOf(t.feedback()));
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, ApiException.Collector errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(field, "validation.invalid");
      return null;
    }
  }
}
