package tr.bel.kucukcekmece.kentsesi.core.rest;

/** A text in both languages, as the APIs return names, descriptions and notices. */
public record LocalizedText(String tr, String en) {}
