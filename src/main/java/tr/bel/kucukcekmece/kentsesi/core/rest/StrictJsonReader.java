package tr.bel.kucukcekmece.kentsesi.core.rest;

import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Reads JSON request bodies into request records strictly: a body that is not a JSON object, a
 * field the record does not declare, or a value of the wrong JSON type is a 400 problem naming the
 * field, before any binding. Before parsing, the body is scanned for the limits the parser would
 * otherwise fail on with an internal error: nesting deeper than {@link #MAX_DEPTH} and numbers
 * longer than {@link #MAX_NUMBER_CHARS} characters. Strings may not carry control characters other
 * than tab, line feed and carriage return (PostgreSQL refuses NUL in text).
 */
@Provider
@Priority(Priorities.USER)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

  /** Objects and arrays nested deeper than this are refused (the body itself is level 1). */
  public static final int MAX_DEPTH = 32;

  /**
   * A JSON number of more characters than this is refused; so is an exponent of more than 3 digits.
   */
  public static final int MAX_NUMBER_CHARS = 24;

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

  /**
   * Looked up once: {@code Json.createReader} searches the class path for a provider on every call.
   */
  private static final JsonReaderFactory READERS =
      JsonProvider.provider().createReaderFactory(java.util.Map.of());

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(
      Class<Record> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> headers,
      InputStream entity)
      throws IOException {
    byte[] body = entity.readAllBytes();
    int start = 0;
    while (start < body.length
        && (body[start] == ' '
            || body[start] == '\n'
            || body[start] == '\r'
            || body[start] == '\t')) {
      start++;
    }
    if (start == body.length) {
      throw ApiException.invalid("body", "validation.required");
    }
    checkLimits(body);
    JsonValue value;
    try (JsonReader reader =
        READERS.createReader(
            new InputStreamReader(
                new ByteArrayInputStream(body, start, body.length - start),
                StandardCharsets.UTF_8))) {
      value = reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw ApiException.badRequest("malformed-json");
    }
    if (!(value instanceof JsonObject object)) {
      throw ApiException.badRequest("malformed-json");
    }
    ApiException.Collector errors = new ApiException.Collector();
    check(type, object, "", errors);
    errors.throwIfAny();
    return jsonb.fromJson(object.toString(), genericType);
  }

  private static void check(
      Class<?> type, JsonObject object, String prefix, ApiException.Collector errors) {
    RecordComponent[] components = type.getRecordComponents();
    for (String key : object.keySet()) {
      boolean known = false;
      for (RecordComponent c : components) {
        known |= c.getName().equals(key);
      }
      if (!known) {
        errors.add(prefix + key, "validation.unknownField");
      }
    }
    for (RecordComponent c : components) {
      JsonValue v = object.get(c.getName());
      if (v != null && v.getValueType() != JsonValue.ValueType.NULL) {
        checkValue(c.getType(), c.getGenericType(), v, prefix + c.getName(), errors);
      }
    }
  }

  private static void checkValue(
      Class<?> type, Type generic, JsonValue v, String field, ApiException.Collector errors) {
    JsonValue.ValueType kind = v.getValueType();
    boolean ok;
    if (type == String.class) {
      ok = kind == JsonValue.ValueType.STRING;
      if (ok && hasControlCharacter(((jakarta.json.JsonString) v).getString())) {
        errors.add(field, "validation.controlCharacters");
        return;
      }
    } else if (type == Boolean.class || type == boolean.class) {
      ok = kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE;
    } else if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class) {
      ok = kind == JsonValue.ValueType.NUMBER && ((JsonNumber) v).isIntegral();
      if (ok && !fits(type, (JsonNumber) v)) {
        errors.add(field, "validation.numberRange");
        return;
      }
    } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      ok = kind == JsonValue.ValueType.NUMBER;
    } else if (type.isEnum()) {
      ok =
          kind == JsonValue.ValueType.STRING
              && enumValue(type, ((jakarta.json.JsonString) v).getString());
    } else if (type == LocalDate.class) {
      ok = kind == JsonValue.ValueType.STRING && date(((jakarta.json.JsonString) v).getString());
      if (ok && !InputDates.inWindow(LocalDate.parse(((jakarta.json.JsonString) v).getString()))) {
        errors.add(
            field,
            "validation.dateRange",
            String.valueOf(InputDates.FIRST_YEAR),
            String.valueOf(InputDates.LAST_YEAR));
        return;
      }
    } else if (type == UUID.class) {
      ok = kind == JsonValue.ValueType.STRING;
    } else if (Collection.class.isAssignableFrom(type)) {
      ok = kind == JsonValue.ValueType.ARRAY;
      if (ok
          && generic instanceof ParameterizedType p
          && p.getActualTypeArguments()[0] instanceof Class<?> element) {
        int i = 0;
        for (JsonValue item : (JsonArray) v) {
          if (item.getValueType() == JsonValue.ValueType.NULL) {
            errors.add(field + "[" + i + "]", "validation.required");
          } else {
            checkValue(element, element, item, field + "[" + i + "]", errors);
          }
          i++;
        }
      }
    } else if (Map.class.isAssignableFrom(type)) {
      ok = kind == JsonValue.ValueType.OBJECT;
    } else if (type.isRecord()) {
      ok = kind == JsonValue.ValueType.OBJECT;
      if (ok) {
        check(type, (JsonObject) v, field + ".", errors);
      }
    } else {
      ok = true;
    }
    if (!ok) {
      errors.add(field, "validation.wrongType");
    }
  }

  private static boolean fits(Class<?> type, JsonNumber n) {
    try {
      long value = n.longValueExact();
      if (type == Integer.class || type == int.class) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
      }
      if (type == Short.class || type == short.class) {
        return value >= Short.MIN_VALUE && value <= Short.MAX_VALUE;
      }
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean enumValue(Class<?> type, String s) {
    try {
      Enum.valueOf((Class) type, s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean date(String s) {
    try {
      LocalDate.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** True if the text has a control character other than tab, line feed or carriage return. */
  public static boolean hasControlCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * Scans the raw body for nesting depth and number length without building anything, so that a
   * hostile body is refused with a field error before the parser sees it. Malformed JSON is left to
   * the parser.
   */
  static void checkLimits(byte[] b) {
    // One frame per open object or array: the key or index the scan is at, for the error's field
    // name.
    String[] keys = new String[MAX_DEPTH + 1];
    int[] index = new int[MAX_DEPTH + 1];
    boolean[] object = new boolean[MAX_DEPTH + 1];
    boolean[] expectKey = new boolean[MAX_DEPTH + 1];
    int depth = 0;
    int i = 0;
    while (i < b.length) {
      byte c = b[i];
      if (c == '"') {
        int end = i + 1;
        while (end < b.length && b[end] != '"') {
          end += b[end] == '\\' ? 2 : 1;
        }
        if (depth > 0 && object[depth] && expectKey[depth]) {
          keys[depth] =
              new String(
                  b, i + 1, Math.max(0, Math.min(end, b.length) - i - 1), StandardCharsets.UTF_8);
          expectKey[depth] = false;
        }
        i = end + 1;
      } else if (c == '{' || c == '[') {
        if (depth == MAX_DEPTH) {
          throw ApiException.invalid("body", "validation.jsonDepth", MAX_DEPTH);
        }
        depth++;
        object[depth] = c == '{';
        expectKey[depth] = c == '{';
        keys[depth] = null;
        index[depth] = 0;
        i++;
      } else if (c == '}' || c == ']') {
        depth = Math.max(0, depth - 1);
        i++;
      } else if (c == ',') {
        if (depth > 0) {
          if (object[depth]) {
            expectKey[depth] = true;
          } else {
            index[depth]++;
          }
        }
        i++;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        int end = i;
        int exponentDigits = -1;
        while (end < b.length
            && (b[end] == '-'
                || b[end] == '+'
                || b[end] == '.'
                || b[end] == 'e'
                || b[end] == 'E'
                || (b[end] >= '0' && b[end] <= '9'))) {
          if (b[end] == 'e' || b[end] == 'E') {
            exponentDigits = 0;
          } else if (exponentDigits >= 0 && b[end] >= '0' && b[end] <= '9') {
            exponentDigits++;
          }
          end++;
        }
        if (end - i > MAX_NUMBER_CHARS || exponentDigits > 3) {
          throw ApiException.invalid(
              path(keys, index, object, depth), "validation.numberTooLong", MAX_NUMBER_CHARS);
        }
        i = end;
      } else {
        i++;
      }
    }
  }

  private static String path(String[] keys, int[] index, boolean[] object, int depth) {
    StringBuilder p = new StringBuilder();
    for (int d = 1; d <= depth; d++) {
      if (object[d]) {
        if (p.length() > 0) {
          p.append('.');
        }
        p.append(keys[d] == null ? "" : keys[d]);
      } else {
        p.append('[').append(index[d]).append(']');
      }
    }
    return p.length() == 0 ? "body" : p.toString();
  }
}
