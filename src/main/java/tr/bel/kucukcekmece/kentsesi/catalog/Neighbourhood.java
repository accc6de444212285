package tr.bel.kucukcekmece.kentsesi.catalog;

/** A neighbourhood (mahalle) of the district. */
public record Neighbourhood(String code, String name, boolean active) {}
