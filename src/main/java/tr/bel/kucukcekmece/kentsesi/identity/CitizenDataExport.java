package tr.bel.kucukcekmece.kentsesi.identity;

import java.util.Map;

/**
 * Fired when a citizen downloads the data held about them; each feature puts its own section into
 * {@code sections} (JSON-friendly values: maps, lists, strings, numbers).
 */
public record CitizenDataExport(long accountId, Map<String, Object> sections) {}
