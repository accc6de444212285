package tr.bel.kucukcekmece.kentsesi.transparency.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.security.CurrentUser;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.transparency.api.Csv;
import tr.bel.kucukcekmece.kentsesi.transparency.application.ActivityReport;
import tr.bel.kucukcekmece.kentsesi.transparency.application.KpiTargets;
import tr.bel.kucukcekmece.kentsesi.transparency.application.Period;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyService;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.DashboardView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.GroupView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.KpiView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.TargetRequest;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.TargetView;

/**
 * The officials' dashboards: the figures unsuppressed, KPIs against targets, CSV of every table and
 * the activity report PDF. An OFFICIAL sees their departments; ADMIN and Strategy Development
 * officials see all and set targets.
 */
@Path("admin/transparency")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICIAL_NAME, Role.ADMIN_NAME})
@RequestScoped
public class TransparencyAdminResource {

  @Inject TransparencyService transparency;

  @Inject KpiTargets targets;

  @Inject ActivityReport report;

  @Inject CurrentUser currentUser;

  @Context HttpHeaders headers;

  private String lang(String explicit) {
    if ("en".equals(explicit) || "tr".equals(explicit)) {
      return explicit;
    }
    return Messages.choose(headers.getAcceptableLanguages()).getLanguage();
  }

  @GET
  @Path("dashboard")
  public DashboardView dashboard(
      @QueryParam("department") String department,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return transparency.dashboard(
        currentUser.require(), department, Period.parse(from, to), lang(null));
  }

  /** Any dashboard table as CSV: departments, services, neighbourhoods, months or kpis. */
  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response csv(
      @QueryParam("table") String table,
      @QueryParam("department") String department,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("lang") String lang) {
    Period period = Period.parse(from, to);
    DashboardView d = transparency.dashboard(currentUser.require(), department, period, lang(lang));
    String t = table == null ? "" : table;
    String filename =
        "kent-sesi-"
            + t
            + "-"
            + (d.department() == null ? "all" : d.department())
            + "-"
            + period.from()
            + "-"
            + period.to()
            + ".csv";
    if ("kpis".equals(t)) {
      List<KpiView> kpis = d.kpis();
      StreamingOutput body =
          out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Csv.row(w, Csv.KPI_HEADER);
            for (KpiView k : kpis) {
              Csv.row(w, Csv.kpi(k));
            }
            w.flush();
          };
      return Response.ok(body, "text/csv; charset=UTF-8")
          .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
          .build();
    }
    List<GroupView> rows =
        switch (t) {
          case "departments" -> d.departments();
          case "services" -> {
            if (d.department() == null) {
              throw ApiException.invalid("department", "validation.required");
            }
            yield d.services();
          }
          case "neighbourhoods" -> d.neighbourhoods();
          case "months" -> d.months();
          default -> throw ApiException.invalid("table", "transparency.tableUnknown", table);
        };
    StreamingOutput body =
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          Csv.row(w, Csv.GROUP_HEADER);
          for (GroupView g : rows) {
            Csv.row(w, Csv.group(g));
          }
          w.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
        .build();
  }

  /**
   * The activity report of a year (or one quarter of it), per department or for the whole scope.
   */
  @GET
  @Path("report.pdf")
  @Produces("application/pdf")
  public Response report(
      @QueryParam("year") Integer year,
      @QueryParam("quarter") Integer quarter,
      @QueryParam("department") String department,
      @QueryParam("lang") String lang) {
    ApiException.Collector errors = new ApiException.Collector();
    int y = year == null ? Times.todayInIstanbul().getYear() : year;
    if (y < 2000 || y > 2100) {
      errors.add("year", "transparency.periodRange");
    }
    if (quarter != null && (quarter < 1 || quarter > 4)) {
      errors.add("quarter", "transparency.quarterRange");
    }
    errors.throwIfAny();
    byte[] pdf = report.render(currentUser.require(), department, y, quarter, lang(lang));
    String name =
        "kent-sesi-faaliyet-"
            + y
            + (quarter == null ? "" : "-q" + quarter)
            + (department == null || department.isBlank()
                ? ""
                : "-" + department.trim().toLowerCase())
            + ".pdf";
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + name + "\"")
        .build();
  }

  @GET
  @Path("targets")
  public List<TargetView> targets(@QueryParam("year") Integer year) {
    SessionUser user = currentUser.require();
    transparency.scope(user);
    int y = year == null ? Times.todayInIstanbul().getYear() : year;
    return targets.list(y).stream()
        .map(KpiTargets::view)
        .filter(
            t ->
                TransparencyService.seesAll(user)
                    || user.departments().contains(t.departmentCode()))
        .toList();
  }

  /** Sets one target (Strategy Development or ADMIN). */
  @PUT
  @Path("targets")
  @Consumes(MediaType.APPLICATION_JSON)
  public TargetView setTarget(TargetRequest body) {
    return targets.set(body, currentUser.require());
  }

  @DELETE
  @Path("targets/{id}")
  public Response removeTarget(@PathParam("id") long id) {
    targets.remove(id, currentUser.require());
    return Response.noContent().build();
  }
}
