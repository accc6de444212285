package tr.bel.kucukcekmece.kentsesi.catalog.api;

import java.time.LocalDate;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.catalog.Department;
import tr.bel.kucukcekmece.kentsesi.catalog.Neighbourhood;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicHoliday;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.core.rest.LocalizedText;

/** Response records of the catalog API. */
public final class CatalogViews {

  private CatalogViews() {}

  /** A department with its active services. */
  public record DepartmentView(
      String code, LocalizedText name, LocalizedText description, List<ServiceView> services) {
    static DepartmentView of(Department d, List<PublicService> services) {
      return new DepartmentView(
          d.code(),
          new LocalizedText(d.nameTr(), d.nameEn()),
          new LocalizedText(d.descriptionTr(), d.descriptionEn()),
          services.stream().map(ServiceView::of).toList());
    }
  }

  /** A service and its service standard. */
  public record ServiceView(
      String code,
      String departmentCode,
      LocalizedText name,
      LocalizedText description,
      int responseDays,
      boolean workingDays) {
    static ServiceView of(PublicService s) {
      return new ServiceView(
          s.code(),
          s.departmentCode(),
          new LocalizedText(s.nameTr(), s.nameEn()),
          new LocalizedText(s.descriptionTr(), s.descriptionEn()),
          s.responseDays(),
          s.workingDays());
    }
  }

  /** A neighbourhood. */
  public record NeighbourhoodView(String code, String name) {
    static NeighbourhoodView of(Neighbourhood n) {
      return new NeighbourhoodView(n.code(), n.name());
    }
  }

  /** A public holiday. */
  public record HolidayView(LocalDate date, LocalizedText name, boolean halfDay) {
    static HolidayView of(PublicHoliday h) {
      return new HolidayView(h.date(), new LocalizedText(h.nameTr(), h.nameEn()), h.halfDay());
    }
  }

  /** When a submission made on {@code from} about a service is due. */
  public record DueDateView(
      String serviceCode,
      LocalDate from,
      LocalDate dueDate,
      int responseDays,
      boolean workingDays) {}
}
