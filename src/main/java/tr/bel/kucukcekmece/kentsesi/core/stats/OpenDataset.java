package tr.bel.kucukcekmece.kentsesi.core.stats;

import java.util.List;
import java.util.function.Consumer;

/**
 * A feature's open data set (e.g. proposals), published by the transparency feature at {@code
 * /api/open-data/{name}.csv} and {@code .json} and described in {@code
 * /api/open-data/datapackage.json}. Implementations are {@code @ApplicationScoped} beans; rows must
 * hold no personal data and no codes that identify a citizen.
 */
public interface OpenDataset {

  /** The stable file name, e.g. {@code "proposals"} (lower case letters and dashes). */
  String name();

  String titleTr();

  String titleEn();

  /** What one row is, in English (the data package descriptor's language). */
  String description();

  /** The columns, in order. */
  List<Field> fields();

  /**
   * Every row, values in the order of {@link #fields()} (String, Number, Boolean, LocalDate or
   * null).
   */
  void rows(Consumer<List<Object>> sink);

  /**
   * A column; {@code type} is a Frictionless Table Schema type: string, integer, number, boolean,
   * date, yearmonth.
   */
  record Field(String name, String type, String description) {}
}
