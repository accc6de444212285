/** Public, read-only catalog API. */
package tr.bel.kucukcekmece.kentsesi.catalog.api;
