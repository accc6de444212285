package tr.bel.kucukcekmece.kentsesi.transparency.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import tr.bel.kucukcekmece.kentsesi.transparency.application.Period;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyService;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.BreakdownView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.GroupView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.SummaryView;

/**
 * The public transparency figures (no login): per department, service, neighbourhood and month,
 * with every figure built from fewer than 5 responses suppressed.
 */
@Path("transparency")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TransparencyResource {

  @Inject TransparencyService transparency;

  @Context HttpHeaders headers;

  private String lang(String explicit) {
    if ("en".equals(explicit) || "tr".equals(explicit)) {
      return explicit;
    }
    return Messages.choose(headers.getAcceptableLanguages()).getLanguage();
  }

  /**
   * {@code {period, total, departments:[{code, name, submissions, satisfaction, onTimeRate, ...}],
   * months, sections}}.
   */
  @GET
  @Path("summary")
  public SummaryView summary(@QueryParam("from") String from, @QueryParam("to") String to) {
    return transparency.summary(Period.parse(from, to), lang(null));
  }

  /** One department's services. */
  @GET
  @Path("departments/{code}")
  public BreakdownView department(
      @PathParam("code") String code,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return transparency.services(code, Period.parse(from, to), lang(null), true);
  }

  /** The month-by-month trend of one department. */
  @GET
  @Path("departments/{code}/months")
  public BreakdownView departmentMonths(
      @PathParam("code") String code,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return transparency.months(code, Period.parse(from, to), lang(null), true);
  }

  @GET
  @Path("neighbourhoods")
  public BreakdownView neighbourhoods(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return transparency.neighbourhoods(null, Period.parse(from, to), lang(null), true);
  }

  /**
   * A table of the public page as CSV: {@code table} = departments, months, neighbourhoods or
   * services.
   */
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
    String l = lang(lang);
    List<GroupView> rows =
        switch (table == null ? "" : table) {
          case "departments" -> transparency.summary(period, l).departments();
          case "months" ->
              department == null || department.isBlank()
                  ? transparency.summary(period, l).months()
                  : transparency.months(department, period, l, true).rows();
          case "neighbourhoods" -> transparency.neighbourhoods(null, period, l, true).rows();
          case "services" -> {
            if (department == null || department.isBlank()) {
              throw ApiException.invalid("department", "validation.required");
            }
            yield transparency.services(department, period, l, true).rows();
          }
          default -> throw ApiException.invalid("table", "transparency.tableUnknown", table);
        };
    return groupsCsv(rows, "kent-sesi-" + table + "-" + period.from() + "-" + period.to() + ".csv");
  }

  static Response groupsCsv(List<GroupView> rows, String filename) {
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
}
