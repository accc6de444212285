package tr.bel.kucukcekmece.kentsesi.core.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Corrects what Payara generates at {@code /openapi} from the JAX-RS annotations (registered as
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}):
 *
 * <ul>
 *   <li>path templates with a regular expression ({@code {id: [0-9]+}}) become plain templates
 *       ({@code {id}}), the expression moving into the path parameter's schema;
 *   <li>operation ids that several resource methods share (Java method names such as {@code rate})
 *       are made unique by adding the path;
 *   <li>the success answer Payara writes as {@code default} becomes {@code 2XX}, and {@code
 *       default} is the {@code application/problem+json} error every operation can answer;
 *   <li>Payara's own top-level {@code endpoints} list, which is not OpenAPI, is dropped.
 * </ul>
 *
 * Enumerations and constraints of the bodies come from {@code @Schema} on the request and response
 * records.
 */
public class OpenApiDocumentFilter implements OASFilter {

  /**
   * {@code {name: regex}} in a path template; the regex may not contain braces (none of ours do).
   */
  private static final Pattern REGEX_TEMPLATE =
      Pattern.compile("\\{\\s*(\\w+)\\s*:\\s*([^{}]+?)\\s*}");

  /**
   * Payara writes every attribute of a {@code @Schema} annotation, unset ones included, so an
   * annotated record would say {@code maxProperties: 0} (no property allowed) and {@code minLength:
   * 0}, {@code uniqueItems: false}... Unset attributes are removed here; none of our schemas means
   * a real zero maximum.
   */
  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinItems())) {
      schema.setMinItems(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    return schema;
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    Info info = api.getInfo() == null ? OASFactory.createInfo() : api.getInfo();
    info.setTitle("Kent Sesi API");
    info.setDescription(
        "Citizen feedback and participation portal of Küçükçekmece Municipality. Errors are "
            + "RFC 9457 problem documents (application/problem+json) in the caller's language (Accept-Language).");
    if (info.getVersion() == null) {
      info.setVersion("1.0.0");
    }
    api.setInfo(info);
    dropPayaraEndpoints(api);
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      api.getComponents().getSchemas().values().forEach(this::cleanDeep);
    }
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      plainPathTemplates(api);
      uniqueOperationIds(api);
      problemResponses(api);
    }
  }

  private void cleanDeep(Schema schema) {
    if (schema == null) {
      return;
    }
    filterSchema(schema);
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(this::cleanDeep);
    }
    cleanDeep(schema.getItems());
  }

  /** Payara adds a non-standard {@code endpoints} member; clear it where the model has it. */
  private static void dropPayaraEndpoints(OpenAPI api) {
    try {
      api.getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(api, new HashMap<String, java.util.Set<String>>());
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another implementation: nothing to drop
    }
  }

  private static void plainPathTemplates(OpenAPI api) {
    Map<String, PathItem> rewritten = new TreeMap<>();
    for (Map.Entry<String, PathItem> e : api.getPaths().getPathItems().entrySet()) {
      String path = e.getKey();
      Map<String, String> patterns = new HashMap<>();
      Matcher m = REGEX_TEMPLATE.matcher(path);
      StringBuilder plain = new StringBuilder();
      while (m.find()) {
        patterns.put(m.group(1), m.group(2));
        m.appendReplacement(plain, Matcher.quoteReplacement("{" + m.group(1) + "}"));
      }
      m.appendTail(plain);
      PathItem item = e.getValue();
      for (Operation op : item.getOperations().values()) {
        patterns.forEach((name, regex) -> describePathParameter(op, name, regex));
      }
      PathItem existing = rewritten.get(plain.toString());
      if (existing == null) {
        rewritten.put(plain.toString(), item);
      } else {
        item.getOperations().forEach(existing::setOperation);
      }
    }
    api.getPaths().setPathItems(rewritten);
  }

  private static void describePathParameter(Operation op, String name, String regex) {
    Parameter param = null;
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        if (name.equals(p.getName()) && p.getIn() == Parameter.In.PATH) {
          param = p;
        }
      }
    }
    if (param == null) {
      param = OASFactory.createParameter().name(name).in(Parameter.In.PATH);
      op.addParameter(param);
    }
    param.setRequired(true);
    Schema schema = OASFactory.createSchema();
    if ("[0-9]+".equals(regex) || "\\d+".equals(regex)) {
      schema.type(Schema.SchemaType.INTEGER).format("int64").minimum(java.math.BigDecimal.ZERO);
    } else {
      schema.type(Schema.SchemaType.STRING).pattern("^(?:" + regex + ")$");
    }
    param.setSchema(schema);
  }

  private static void uniqueOperationIds(OpenAPI api) {
    Map<String, Integer> counts = new HashMap<>();
    forEachOperation(
        api,
        (path, method, op) -> {
          if (op.getOperationId() != null) {
            counts.merge(op.getOperationId(), 1, Integer::sum);
          }
        });
    Map<String, Integer> taken = new HashMap<>(counts);
    forEachOperation(
        api,
        (path, method, op) -> {
          String id = op.getOperationId();
          if (id == null || counts.get(id) > 1) {
            String unique =
                (id == null ? method.name().toLowerCase(Locale.ROOT) : id) + camel(path);
            while (taken.containsKey(unique)) {
              unique =
                  unique
                      + method.name().charAt(0)
                      + method.name().substring(1).toLowerCase(Locale.ROOT);
            }
            taken.put(unique, 1);
            op.setOperationId(unique);
          }
        });
  }

  /** {@code /api/feedback/{code}/resolution-rating} → {@code FeedbackByCodeResolutionRating}. */
  static String camel(String path) {
    StringBuilder out = new StringBuilder();
    String[] segments = path.split("/");
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (s.isEmpty() || (i == 1 && "api".equals(s))) {
        continue;
      }
      if (s.startsWith("{")) {
        out.append("By");
        s = s.substring(1, s.length() - 1);
      }
      for (String word : s.split("[^A-Za-z0-9]+")) {
        if (!word.isEmpty()) {
          out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
    }
    return out.toString();
  }

  private static void problemResponses(OpenAPI api) {
    Components components =
        api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
    api.setComponents(components);
    components.addSchema(
        "ProblemFieldError",
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .description("One invalid field and what is wrong with it, in the caller's language.")
            .addProperty(
                "field",
                OASFactory.createSchema()
                    .type(Schema.SchemaType.STRING)
                    .description("The field's name; nested fields are dotted (contact.email)."))
            .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING)));
    components.addSchema(
        "Problem",
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .description(
                "An RFC 9457 problem document. 'code' is a stable reason for programs; 'title' and "
                    + "'detail' are translated.")
            .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
            .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
            .addProperty(
                "status",
                OASFactory.createSchema()
                    .type(Schema.SchemaType.INTEGER)
                    .format("int32")
                    .minimum(java.math.BigDecimal.valueOf(400))
                    .maximum(java.math.BigDecimal.valueOf(599)))
            .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
            .addProperty("code", OASFactory.createSchema().type(Schema.SchemaType.STRING))
            .addProperty(
                "errors",
                OASFactory.createSchema()
                    .type(Schema.SchemaType.ARRAY)
                    .items(OASFactory.createSchema().ref("ProblemFieldError")))
            .required(List.of("title", "status", "code")));
    forEachOperation(
        api,
        (path, method, op) -> {
          APIResponses responses =
              op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
          op.setResponses(responses);
          APIResponse success = responses.getDefaultValue();
          boolean hasSuccess =
              responses.getAPIResponses() != null
                  && responses.getAPIResponses().keySet().stream()
                      .anyMatch(code -> code.startsWith("2"));
          if (success != null && !hasSuccess) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            success.setDescription("Success.");
            responses.addAPIResponse("2XX", success);
          } else if (!hasSuccess) {
            responses.addAPIResponse("2XX", OASFactory.createAPIResponse().description("Success."));
          }
          responses.addAPIResponse(
              APIResponses.DEFAULT,
              OASFactory.createAPIResponse()
                  .description("An error, as a problem document in the caller's language.")
                  .content(
                      OASFactory.createContent()
                          .addMediaType(
                              Problem.MEDIA_TYPE,
                              OASFactory.createMediaType()
                                  .schema(OASFactory.createSchema().ref("Problem")))));
        });
  }

  private interface OperationVisitor {
    void visit(String path, PathItem.HttpMethod method, Operation op);
  }

  private static void forEachOperation(OpenAPI api, OperationVisitor visitor) {
    List<Map.Entry<String, PathItem>> items =
        new ArrayList<>(api.getPaths().getPathItems().entrySet());
    for (Map.Entry<String, PathItem> e : items) {
      e.getValue().getOperations().forEach((method, op) -> visitor.visit(e.getKey(), method, op));
    }
  }
}
