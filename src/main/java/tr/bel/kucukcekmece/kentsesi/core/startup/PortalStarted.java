package tr.bel.kucukcekmece.kentsesi.core.startup;

/**
 * Fired once the schema is current and the catalog is loaded, before the portal reports ready.
 * Features observe it for their own start-up work (bootstrap accounts, demo data, index building).
 *
 * @param demo whether demo data was requested ({@code KENTSESI_DEMO=true})
 */
public record PortalStarted(boolean demo) {}
