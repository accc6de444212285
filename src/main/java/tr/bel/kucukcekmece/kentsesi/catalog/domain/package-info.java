/** Catalog entities, the catalog file format and the working-day calendar. */
package tr.bel.kucukcekmece.kentsesi.catalog.domain;
