package tr.bel.kucukcekmece.kentsesi.catalog;

import java.time.LocalDate;

/**
 * The catalog as the other features use it: an immutable snapshot of departments, services,
 * neighbourhoods and holidays (read without touching the database), and the service-standard due
 * date.
 */
public interface Catalog {

  /** The current snapshot; a new one replaces it when the catalog files change. */
  CatalogSnapshot snapshot();

  /**
   * The due date of a submission about {@code service} made on {@code day}, by the service
   * standard.
   */
  LocalDate serviceDueDate(PublicService service, LocalDate day);
}
