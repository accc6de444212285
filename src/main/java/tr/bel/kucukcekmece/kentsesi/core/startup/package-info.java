/**
 * Start-up work (migrations, catalog, bootstrap accounts, demo data) and the readiness it reports.
 */
package tr.bel.kucukcekmece.kentsesi.core.startup;
