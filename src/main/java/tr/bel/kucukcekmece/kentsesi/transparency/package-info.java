/**
 * Transparency: the public figures page, officials' KPI dashboards with targets, open data and the
 * activity report.
 *
 * <p>Publishes no types: it collects the other features' figures through {@code core.stats} and
 * feedback's published facts. Everything in the sub-packages is internal.
 */
package tr.bel.kucukcekmece.kentsesi.transparency;
