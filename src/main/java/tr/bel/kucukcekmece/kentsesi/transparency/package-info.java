/** Transparency: the public figures page, officials' KPI dashboards with targets, open data and the activity report. */
package tr.bel.kucukcekmece.kentsesi.transparency;
