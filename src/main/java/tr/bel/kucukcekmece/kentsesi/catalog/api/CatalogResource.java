package tr.bel.kucukcekmece.kentsesi.catalog.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.catalog.api.CatalogViews.DepartmentView;
import tr.bel.kucukcekmece.kentsesi.catalog.api.CatalogViews.DueDateView;
import tr.bel.kucukcekmece.kentsesi.catalog.api.CatalogViews.HolidayView;
import tr.bel.kucukcekmece.kentsesi.catalog.api.CatalogViews.NeighbourhoodView;
import tr.bel.kucukcekmece.kentsesi.catalog.api.CatalogViews.ServiceView;
import tr.bel.kucukcekmece.kentsesi.catalog.application.CatalogService;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.InputDates;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;

/**
 * The public catalog: departments with services and service standards, neighbourhoods, holidays.
 */
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CatalogResource {

  @Inject CatalogService catalog;

  private static Response cached(Object entity) {
    CacheControl cc = new CacheControl();
    cc.setMaxAge(300);
    return Response.ok(entity).cacheControl(cc).build();
  }

  @GET
  @Path("departments")
  public Response departments() {
    CatalogSnapshot s = catalog.snapshot();
    return cached(
        s.departments().stream().map(d -> DepartmentView.of(d, s.services(d.code()))).toList());
  }

  @GET
  @Path("departments/{code}")
  public Response department(@PathParam("code") String code) {
    CatalogSnapshot s = catalog.snapshot();
    return s.department(code)
        .filter(d -> d.active())
        .map(d -> cached(DepartmentView.of(d, s.services(d.code()))))
        .orElseThrow(() -> ApiException.notFound("http.404"));
  }

  @GET
  @Path("services/{code}")
  public Response service(@PathParam("code") String code) {
    return catalog
        .snapshot()
        .service(code)
        .map(ServiceView::of)
        .map(CatalogResource::cached)
        .orElseThrow(() -> ApiException.notFound("service-not-found", code));
  }

  @GET
  @Path("neighbourhoods")
  public Response neighbourhoods() {
    return cached(catalog.snapshot().neighbourhoods().stream().map(NeighbourhoodView::of).toList());
  }

  @GET
  @Path("holidays")
  public Response holidays(@QueryParam("year") Integer year) {
    return cached(
        catalog.snapshot().holidays().stream()
            .filter(h -> year == null || h.date().getYear() == year)
            .map(HolidayView::of)
            .toList());
  }

  /**
   * The due date a submission about a service would get if made on {@code from} (default: today in
   * İstanbul).
   */
  @GET
  @Path("services/{code}/due-date")
  public DueDateView dueDate(@PathParam("code") String code, @QueryParam("from") String from) {
    PublicService service =
        catalog
            .snapshot()
            .service(code)
            .orElseThrow(() -> ApiException.notFound("service-not-found", code));
    LocalDate start = InputDates.parse("from", from, Times.todayInIstanbul());
    return new DueDateView(
        code,
        start,
        catalog.serviceDueDate(service, start),
        service.responseDays(),
        service.workingDays());
  }
}
