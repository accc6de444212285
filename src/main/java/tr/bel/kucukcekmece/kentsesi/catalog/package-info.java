/** The municipality's structure: departments and their public services with service standards, neighbourhoods, holidays. */
package tr.bel.kucukcekmece.kentsesi.catalog;
