package tr.bel.kucukcekmece.kentsesi.feedback.application;

/**
 * What a citizen (or an official on their behalf) submits. Fields arrive unchecked from the API; the feedback
 * service checks every one and reports all problems together.
 */
public record Submission(String kind, String serviceCode, Integer rating, String comment, String neighbourhoodCode,
    ContactCipher.Contact contact, Boolean kvkkAcknowledged, String kvkkNoticeVersion, String language,
    String website) {}
