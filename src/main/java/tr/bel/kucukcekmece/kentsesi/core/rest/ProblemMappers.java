package tr.bel.kucukcekmece.kentsesi.core.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every failure that reaches the REST edge into problem+json in the caller's language.
 * Unexpected failures are logged with a reference that the response repeats; their details never
 * leave the server.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
  private static final Pattern PROPERTY =
      Pattern.compile("(?:property|Property) '?\"?([A-Za-z0-9_]+)");
  private static final Pattern UNKNOWN =
      Pattern.compile("[Uu]nknown property[^A-Za-z0-9_]*'?\"?([A-Za-z0-9_]+)");

  @Context HttpHeaders headers;

  private Locale locale() {
    try {
      return Messages.choose(headers == null ? null : headers.getAcceptableLanguages());
    } catch (RuntimeException e) {
      return Messages.TURKISH;
    }
  }

  @Override
  public Response toResponse(Throwable failure) {
    Locale locale = locale();
    ApiException api = find(failure, ApiException.class);
    if (api != null) {
      Response.ResponseBuilder b =
          Response.status(api.status()).type(Problem.MEDIA_TYPE).entity(Problems.of(locale, api));
      if (api.retryAfterSeconds() != null) {
        b.header("Retry-After", api.retryAfterSeconds());
      }
      return b.build();
    }
    ConstraintViolationException cve = find(failure, ConstraintViolationException.class);
    if (cve != null) {
      return Problems.response(Problems.of(locale, 400, "validation", violations(locale, cve)));
    }
    if (failure instanceof WebApplicationException wae
        && !(wae.getCause() instanceof JsonbException)
        && !(wae.getCause() instanceof ProcessingException)) {
      int status = wae.getResponse() == null ? 500 : wae.getResponse().getStatus();
      if (status < 500) {
        String code =
            status == 401 ? "unauthenticated" : status == 403 ? "forbidden" : "http." + status;
        return Problems.response(Problems.of(locale, status, code, null));
      }
    }
    var tooLarge =
        find(failure, tr.bel.kucukcekmece.kentsesi.core.web.BodyLimitFilter.TooLarge.class);
    if (tooLarge != null) {
      return Problems.response(Problems.of(locale, 413, "body-too-large", null, tooLarge.limit()));
    }
    JsonbException jsonb = find(failure, JsonbException.class);
    JsonParsingException parsing = find(failure, JsonParsingException.class);
    if (jsonb != null || parsing != null || find(failure, ProcessingException.class) != null) {
      return Problems.response(unreadable(locale, failure));
    }
    if (databaseUnavailable(failure)) {
      // the innermost cause only: the whole chain repeats the failed statement and runs to
      // kilobytes
      LOG.warning("Database unavailable: " + innermost(failure));
      return Response.fromResponse(
              Problems.response(Problems.of(locale, 503, "database-unavailable", null)))
          .header("Retry-After", 10)
          .build();
    }
    if (find(failure, OptimisticLockException.class) != null) {
      return Problems.response(Problems.of(locale, 409, "concurrent-change", null));
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
    return Problems.response(Problems.of(locale, 500, "internal", null, reference));
  }

  /**
   * A body that is not JSON, has a value of the wrong type, or names a field the endpoint does not
   * know.
   */
  private static Problem unreadable(Locale locale, Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(' ').append(t.getMessage());
      if (t.getCause() == t) {
        break;
      }
    }
    String text = all.toString();
    Matcher unknown = UNKNOWN.matcher(text);
    if (unknown.find()) {
      String field = unknown.group(1);
      return Problems.of(
          locale,
          400,
          "unknown-field",
          List.of(new Problem.FieldError(field, Messages.get(locale, "validation.unknownField"))),
          field);
    }
    if (find(failure, JsonParsingException.class) == null) {
      Matcher property = PROPERTY.matcher(text);
      if (property.find()) {
        String field = property.group(1);
        return Problems.of(
            locale,
            400,
            "wrong-type",
            List.of(new Problem.FieldError(field, Messages.get(locale, "validation.wrongType"))),
            field);
      }
    }
    return Problems.of(locale, 400, "malformed-json", null);
  }

  private static List<Problem.FieldError> violations(
      Locale locale, ConstraintViolationException cve) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
      errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), message(locale, v)));
    }
    errors.sort(Comparator.comparing(Problem.FieldError::field));
    return errors;
  }

  /** The JSON field name: the last named node of the path that is not a method or its parameter. */
  static String fieldName(Path path) {
    String last = null;
    int index = 0;
    for (Path.Node node : path) {
      index++;
      if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        last = "body";
        continue;
      }
      if (node.getName() != null) {
        last = node.getName();
      }
    }
    return last == null ? "body" : last;
  }

  /** A translated message chosen by the constraint's kind, with its limits filled in. */
  private static String message(Locale locale, ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    if (template != null && template.startsWith("{ks.")) {
      return Messages.get(locale, template.substring(1, template.length() - 1));
    }
    String kind = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    Map<String, Object> a = v.getConstraintDescriptor().getAttributes();
    String key = "validation." + kind;
    if (!Messages.has(key)) {
      return Messages.get(locale, "validation.invalid");
    }
    return Messages.get(locale, key, a.get("min"), a.get("max"), a.get("value"));
  }

  /**
   * A failure to get or keep a database connection (pool exhausted, server down, the server
   * shutting down or still starting), as opposed to a bug. SQL states: class 08 (connection
   * exception), 57P01–57P03 (the server ended the session: admin or crash shutdown, cannot connect
   * now), 53300 (too many connections). An XAException is the database (the only resource of a
   * transaction here) failing at commit or rollback, as when its connection died meanwhile ("the
   * physical connection is not usable").
   */
  static boolean databaseUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof javax.transaction.xa.XAException) {
        return true;
      }
      if (t instanceof java.sql.SQLException sql) {
        String state = sql.getSQLState();
        String message = String.valueOf(sql.getMessage());
        if ((state != null
                && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")))
            || message.contains("allocating a connection")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String innermost(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.toString();
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
