package tr.bel.kucukcekmece.kentsesi.catalog.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The versioned catalog files: {@code catalog.json} (departments, services, neighbourhoods) and
 * {@code holidays.json}. Parsing checks the rules an editor could break: unique codes, code syntax,
 * positive response times, both languages present.
 */
public final class CatalogFile {

  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

  /** The whole catalog as shipped. */
  public record Catalog(
      String version, List<DepartmentEntry> departments, List<NeighbourhoodEntry> neighbourhoods) {}

  /** A department with its public services. */
  public record DepartmentEntry(
      String code, Text name, Text description, List<ServiceEntry> services) {}

  /** A public service and its service standard. */
  public record ServiceEntry(
      String code,
      Text name,
      Text description,
      Text keywords,
      int responseDays,
      boolean workingDays) {}

  /** A neighbourhood (mahalle). */
  public record NeighbourhoodEntry(String code, String name) {}

  /** A public holiday. */
  public record HolidayEntry(LocalDate date, Text name, boolean halfDay) {}

  /** A text in Turkish and English. */
  public record Text(String tr, String en) {}

  private CatalogFile() {}

  public static Catalog parseCatalog(InputStream in) {
    JsonObject root = read(in);
    String version = requireString(root, "version", "catalog");
    List<DepartmentEntry> departments = new ArrayList<>();
    Set<String> departmentCodes = new HashSet<>();
    Set<String> serviceCodes = new HashSet<>();
    for (JsonValue dv : requireArray(root, "departments", "catalog")) {
      JsonObject d = dv.asJsonObject();
      String code = code(d, "department");
      if (!departmentCodes.add(code)) {
        throw new IllegalArgumentException("duplicate department code " + code);
      }
      Text name = text(d, "name", "department " + code, true);
      Text description = text(d, "description", "department " + code, false);
      List<ServiceEntry> services = new ArrayList<>();
      for (JsonValue sv : requireArray(d, "services", "department " + code)) {
        JsonObject s = sv.asJsonObject();
        String sc = code(s, "service of " + code);
        if (!serviceCodes.add(sc)) {
          throw new IllegalArgumentException("duplicate service code " + sc);
        }
        int days = s.getInt("responseDays", -1);
        if (days < 1 || days > 365) {
          throw new IllegalArgumentException("service " + sc + ": responseDays must be 1..365");
        }
        JsonObject kw = s.getJsonObject("keywords");
        Text keywords =
            new Text(
                kw == null ? "" : joined(kw.getJsonArray("tr")),
                kw == null ? "" : joined(kw.getJsonArray("en")));
        services.add(
            new ServiceEntry(
                sc,
                text(s, "name", "service " + sc, true),
                text(s, "description", "service " + sc, false),
                keywords,
                days,
                s.getBoolean("workingDays", true)));
      }
      departments.add(new DepartmentEntry(code, name, description, List.copyOf(services)));
    }
    List<NeighbourhoodEntry> neighbourhoods = new ArrayList<>();
    Set<String> nCodes = new HashSet<>();
    for (JsonValue nv : requireArray(root, "neighbourhoods", "catalog")) {
      JsonObject n = nv.asJsonObject();
      String code = code(n, "neighbourhood");
      if (!nCodes.add(code)) {
        throw new IllegalArgumentException("duplicate neighbourhood code " + code);
      }
      neighbourhoods.add(
          new NeighbourhoodEntry(code, requireString(n, "name", "neighbourhood " + code)));
    }
    return new Catalog(version, List.copyOf(departments), List.copyOf(neighbourhoods));
  }

  public static List<HolidayEntry> parseHolidays(InputStream in) {
    JsonObject root = read(in);
    List<HolidayEntry> holidays = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (JsonValue hv : requireArray(root, "holidays", "holidays")) {
      JsonObject h = hv.asJsonObject();
      String raw = requireString(h, "date", "holiday");
      LocalDate date;
      try {
        date = LocalDate.parse(raw);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("holiday date is not ISO yyyy-mm-dd: " + raw);
      }
      if (!seen.add(date)) {
        throw new IllegalArgumentException("duplicate holiday " + date);
      }
      holidays.add(
          new HolidayEntry(
              date, text(h, "name", "holiday " + raw, true), h.getBoolean("halfDay", false)));
    }
    return List.copyOf(holidays);
  }

  private static JsonObject read(InputStream in) {
    try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.readObject();
    }
  }

  private static String code(JsonObject o, String what) {
    String code = requireString(o, "code", what);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          what + ": code '" + code + "' must be upper-case ASCII, digits, - or _");
    }
    return code;
  }

  private static String requireString(JsonObject o, String field, String what) {
    JsonValue v = o.get(field);
    if (!(v instanceof JsonString s) || s.getString().isBlank()) {
      throw new IllegalArgumentException(what + ": '" + field + "' is missing");
    }
    return s.getString().strip();
  }

  private static JsonArray requireArray(JsonObject o, String field, String what) {
    JsonValue v = o.get(field);
    if (!(v instanceof JsonArray a)) {
      throw new IllegalArgumentException(what + ": '" + field + "' must be a list");
    }
    return a;
  }

  private static Text text(JsonObject o, String field, String what, boolean required) {
    JsonValue v = o.get(field);
    if (!(v instanceof JsonObject t)) {
      if (required) {
        throw new IllegalArgumentException(what + ": '" + field + "' needs tr and en");
      }
      return new Text("", "");
    }
    String tr = t.getString("tr", "").strip();
    String en = t.getString("en", "").strip();
    if (required && (tr.isEmpty() || en.isEmpty())) {
      throw new IllegalArgumentException(what + ": '" + field + "' needs tr and en");
    }
    return new Text(tr, en);
  }

  private static String joined(JsonArray words) {
    if (words == null) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (JsonValue w : words) {
      if (w instanceof JsonString s) {
        out.add(s.getString().strip());
      }
    }
    return String.join(", ", out);
  }
}
