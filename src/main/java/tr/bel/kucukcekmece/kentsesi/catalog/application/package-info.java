/**
 * Loads the shipped catalog into the database at start and keeps the snapshot that {@code Catalog}
 * serves.
 */
package tr.bel.kucukcekmece.kentsesi.catalog.application;
