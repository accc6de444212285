package tr.bel.kucukcekmece.kentsesi.catalog;

/**
 * A public service of a department with its service standard: the maximum response time in days,
 * counted in working days or calendar days. Services dropped from the catalog stay, inactive (old
 * submissions refer to them).
 */
public record PublicService(
    String code,
    String departmentCode,
    String nameTr,
    String nameEn,
    String descriptionTr,
    String descriptionEn,
    String keywordsTr,
    String keywordsEn,
    int responseDays,
    boolean workingDays,
    boolean active) {}
