package tr.bel.kucukcekmece.kentsesi.resilience;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of the portal's OpenAPI document ({@code GET /openapi} with {@code Accept:
 * application/json}): method, path (with regular expressions in templates removed, so {@code {id:
 * [0-9]+}} reads {@code {id}}), parameters and request body, with {@code $ref}s resolved against
 * the document's components.
 */
public final class ApiDocument {

  private static final Set<String> METHODS =
      Set.of("get", "post", "put", "delete", "patch", "head", "options");
  private static final Pattern TEMPLATE = Pattern.compile("\\{([A-Za-z0-9_]+)\\s*:[^}]*}");

  /** A parameter of an operation: where it goes (path, query, header) and its schema. */
  public record Param(String in, String name, JsonObject schema) {}

  /** An operation; {@code bodyType} and {@code bodySchema} are null when it takes no body. */
  public record Operation(
      String method, String path, List<Param> params, String bodyType, JsonObject bodySchema) {

    /** "METHOD path", the operation's key in reports and in the authorisation matrix. */
    public String key() {
      return method + " " + path;
    }

    public List<Param> params(String in) {
      return params.stream().filter(p -> p.in().equals(in)).toList();
    }
  }

  private final JsonObject document;
  private final List<Operation> operations = new ArrayList<>();

  public ApiDocument(String json) {
    this.document = Json.createReader(new StringReader(json)).readObject();
    JsonObject paths = document.getJsonObject("paths");
    for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
      String path = normalize(p.getKey());
      JsonObject item = p.getValue().asJsonObject();
      for (Map.Entry<String, JsonValue> o : item.entrySet()) {
        if (!METHODS.contains(o.getKey())) {
          continue;
        }
        JsonObject op = o.getValue().asJsonObject();
        List<Param> params = new ArrayList<>();
        for (JsonValue v :
            op.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
          JsonObject param = resolve(v.asJsonObject());
          JsonObject schema =
              param.containsKey("schema")
                  ? resolve(param.getJsonObject("schema"))
                  : JsonValue.EMPTY_JSON_OBJECT;
          params.add(new Param(param.getString("in"), param.getString("name"), schema));
        }
        String bodyType = null;
        JsonObject bodySchema = null;
        if (op.containsKey("requestBody")) {
          JsonObject content = resolve(op.getJsonObject("requestBody")).getJsonObject("content");
          if (content != null && !content.isEmpty()) {
            bodyType =
                content.containsKey("application/json")
                    ? "application/json"
                    : content.keySet().iterator().next();
            JsonObject media = content.getJsonObject(bodyType);
            bodySchema =
                media.containsKey("schema")
                    ? resolve(media.getJsonObject("schema"))
                    : JsonValue.EMPTY_JSON_OBJECT;
          }
        }
        operations.add(
            new Operation(
                o.getKey().toUpperCase(Locale.ROOT),
                path,
                List.copyOf(params),
                bodyType,
                bodySchema));
      }
    }
    operations.sort((a, b) -> a.key().compareTo(b.key()));
  }

  /** {@code /api/x/{id: [0-9]+}} becomes {@code /api/x/{id}}. */
  public static String normalize(String path) {
    Matcher m = TEMPLATE.matcher(path);
    return m.replaceAll("{$1}");
  }

  public List<Operation> operations() {
    return operations;
  }

  /**
   * The schema itself, or the component a {@code $ref} names (followed until it is not a
   * reference).
   */
  public JsonObject resolve(JsonObject schema) {
    JsonObject s = schema;
    for (int i = 0; i < 20 && s.containsKey("$ref"); i++) {
      String ref = s.getString("$ref");
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("external reference " + ref);
      }
      JsonValue target = document;
      for (String part : ref.substring(2).split("/")) {
        target = target.asJsonObject().get(part.replace("~1", "/").replace("~0", "~"));
        if (target == null) {
          throw new IllegalArgumentException("unresolvable reference " + ref);
        }
      }
      s = target.asJsonObject();
    }
    return s;
  }
}
