/**
 * The one datasource (embedded H2 or PostgreSQL, chosen by configuration) and the schema
 * migrations.
 */
package tr.bel.kucukcekmece.kentsesi.core.persistence;
