package tr.bel.kucukcekmece.kentsesi.catalog;

/**
 * A department (müdürlük) as the catalog snapshot holds it. Departments dropped from the catalog
 * stay, inactive.
 */
public record Department(
    String code,
    String nameTr,
    String nameEn,
    String descriptionTr,
    String descriptionEn,
    int sortOrder,
    boolean active) {}
