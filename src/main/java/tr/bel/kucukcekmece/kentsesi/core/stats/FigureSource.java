package tr.bel.kucukcekmece.kentsesi.core.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's public figures for the transparency page and the officials' dashboards (the "stats
 * SPI"). Features other than feedback (the assistant, proposals) implement this as an
 * {@code @ApplicationScoped} bean; the transparency feature discovers every implementation through
 * CDI and shows one section per source, suppressing any figure whose {@link Figure#basis()} is
 * below the suppression threshold.
 */
public interface FigureSource {

  /** A stable section key, e.g. {@code "assistant"} or {@code "proposals"}. */
  String section();

  /** The section's heading in Turkish and English. */
  String titleTr();

  String titleEn();

  /** The figures for the period {@code [from, to]} (İstanbul calendar dates, both inclusive). */
  List<Figure> figures(LocalDate from, LocalDate to);

  /**
   * One figure. {@code value} is a count, a share in [0, 1] ({@code unit = "share"}), a mean or a
   * number of days; {@code basis} is how many responses/items it is built from (the suppression
   * rule applies to it); definitions say how it is counted, in both languages.
   */
  record Figure(
      String key,
      String labelTr,
      String labelEn,
      Double value,
      long basis,
      String unit,
      String definitionTr,
      String definitionEn) {}
}
