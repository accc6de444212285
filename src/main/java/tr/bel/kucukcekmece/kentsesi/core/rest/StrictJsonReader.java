package tr.bel.kucukcekmece.kentsesi.core.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
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
 * Reads JSON request bodies into request records strictly: a body that is not a JSON object, a field the record
 * does not declare, or a value of the wrong JSON type is a 400 problem naming the field, before any binding.
 */
@Provider
@Priority(Priorities.USER)
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
  /** Looked up once: {@code Json.createReader} searches the class path for a provider on every call. */
  private static final JsonReaderFactory READERS = JsonProvider.provider().createReaderFactory(java.util.Map.of());

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord();
  }

  @Override
  public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
    PushbackInputStream in = new PushbackInputStream(entity, 1);
    int first = in.read();
    while (first == ' ' || first == '\n' || first == '\r' || first == '\t') {
      first = in.read();
    }
    if (first < 0) {
      throw ApiException.invalid("body", "validation.required");
    }
    in.unread(first);
    JsonValue value;
    try (JsonReader reader = READERS.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      value = reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
        if (t instanceof IOException io) {
          throw io;
        }
      }
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

  private static void check(Class<?> type, JsonObject object, String prefix, ApiException.Collector errors) {
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

  private static void checkValue(Class<?> type, Type generic, JsonValue v, String field, ApiException.Collector errors) {
    JsonValue.ValueType kind = v.getValueType();
    boolean ok;
    if (type == String.class) {
      ok = kind == JsonValue.ValueType.STRING;
    } else if (type == Boolean.class || type == boolean.class) {
      ok = kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE;
    } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) {
      ok = kind == JsonValue.ValueType.NUMBER && ((JsonNumber) v).isIntegral() && fits(type, (JsonNumber) v);
    } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      ok = kind == JsonValue.ValueType.NUMBER;
    } else if (type.isEnum()) {
      ok = kind == JsonValue.ValueType.STRING && enumValue(type, ((jakarta.json.JsonString) v).getString());
    } else if (type == LocalDate.class) {
      ok = kind == JsonValue.ValueType.STRING && date(((jakarta.json.JsonString) v).getString());
    } else if (type == UUID.class) {
      ok = kind == JsonValue.ValueType.STRING;
    } else if (Collection.class.isAssignableFrom(type)) {
      ok = kind == JsonValue.ValueType.ARRAY;
      if (ok && generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> element) {
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
}
