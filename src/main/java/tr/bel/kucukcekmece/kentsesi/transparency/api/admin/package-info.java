/** The officials' dashboards, KPI targets, CSV exports and the activity report PDF. */
package tr.bel.kucukcekmece.kentsesi.transparency.api.admin;
