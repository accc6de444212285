package tr.bel.kucukcekmece.kentsesi.catalog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable in-memory copy of the catalog; requests read it without touching the database.
 * Lookups by code find inactive entries too (old submissions may refer to them); the lists hold the
 * active ones.
 */
public final class CatalogSnapshot {

  private final List<Department> departments;
  private final Map<String, Department> departmentsByCode = new LinkedHashMap<>();
  private final Map<String, PublicService> servicesByCode = new LinkedHashMap<>();
  private final Map<String, List<PublicService>> servicesByDepartment = new LinkedHashMap<>();
  private final List<Neighbourhood> neighbourhoods;
  private final Map<String, Neighbourhood> neighbourhoodsByCode = new LinkedHashMap<>();
  private final List<PublicHoliday> holidays;
  private final WorkingDayCalendar calendar;

  private CatalogSnapshot(
      List<Department> departments,
      List<PublicService> services,
      List<Neighbourhood> neighbourhoods,
      List<PublicHoliday> holidays) {
    this.departments = List.copyOf(departments);
    departments.forEach(d -> departmentsByCode.put(d.code(), d));
    for (PublicService s : services) {
      servicesByCode.put(s.code(), s);
      servicesByDepartment
          .computeIfAbsent(s.departmentCode(), k -> new java.util.ArrayList<>())
          .add(s);
    }
    this.neighbourhoods = List.copyOf(neighbourhoods);
    neighbourhoods.forEach(n -> neighbourhoodsByCode.put(n.code(), n));
    this.holidays = List.copyOf(holidays);
    Map<LocalDate, Boolean> days = new LinkedHashMap<>();
    holidays.forEach(h -> days.put(h.date(), h.halfDay()));
    this.calendar = new WorkingDayCalendar(days);
  }

  /** A snapshot of these entries, each list in catalog order. */
  public static CatalogSnapshot of(
      List<Department> departments,
      List<PublicService> services,
      List<Neighbourhood> neighbourhoods,
      List<PublicHoliday> holidays) {
    return new CatalogSnapshot(departments, services, neighbourhoods, holidays);
  }

  /** The snapshot before the catalog is loaded. */
  public static CatalogSnapshot empty() {
    return of(List.of(), List.of(), List.of(), List.of());
  }

  /** Active departments in catalog order. */
  public List<Department> departments() {
    return departments.stream().filter(Department::active).toList();
  }

  public Optional<Department> department(String code) {
    return Optional.ofNullable(code == null ? null : departmentsByCode.get(code));
  }

  /** Active services of a department, in catalog order. */
  public List<PublicService> services(String departmentCode) {
    return servicesByDepartment.getOrDefault(departmentCode, List.of()).stream()
        .filter(PublicService::active)
        .toList();
  }

  public List<PublicService> allServices() {
    return servicesByCode.values().stream().filter(PublicService::active).toList();
  }

  /** A service by code, active or not (old submissions may refer to a retired one). */
  public Optional<PublicService> service(String code) {
    return Optional.ofNullable(code == null ? null : servicesByCode.get(code));
  }

  public List<Neighbourhood> neighbourhoods() {
    return neighbourhoods.stream().filter(Neighbourhood::active).toList();
  }

  public Optional<Neighbourhood> neighbourhood(String code) {
    return Optional.ofNullable(code == null ? null : neighbourhoodsByCode.get(code));
  }

  public List<PublicHoliday> holidays() {
    return holidays;
  }

  public WorkingDayCalendar calendar() {
    return calendar;
  }
}
