/** The stored catalog rows (entities), the catalog file format and the import state. */
package tr.bel.kucukcekmece.kentsesi.catalog.domain;
