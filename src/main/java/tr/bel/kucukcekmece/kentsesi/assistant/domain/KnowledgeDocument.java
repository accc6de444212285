package tr.bel.kucukcekmece.kentsesi.assistant.domain;

import java.util.List;

/**
 * One knowledge document: its front matter and its passages. The text before the first {@code ##}
 * heading is a passage headed by the document's title; every {@code ##} section is a passage of its
 * own.
 */
public record KnowledgeDocument(
    String id,
    String title,
    String lang,
    String department,
    String url,
    String updated,
    List<Section> sections,
    String hash) {

  /** A passage: its heading and its plain text (Markdown removed). */
  public record Section(String heading, String text) {}
}
