/**
 * The municipality's structure: departments and their public services with service standards,
 * neighbourhoods, holidays.
 *
 * <p>Published to the other features (the public types of this package): {@link
 * tr.bel.kucukcekmece.kentsesi.catalog.Catalog} (the snapshot and the service-standard due date),
 * the immutable {@link tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot} with its records
 * {@code Department}, {@code PublicService}, {@code Neighbourhood} and {@code PublicHoliday}, and
 * the {@link tr.bel.kucukcekmece.kentsesi.catalog.WorkingDayCalendar}. Everything in the
 * sub-packages is internal.
 */
package tr.bel.kucukcekmece.kentsesi.catalog;
