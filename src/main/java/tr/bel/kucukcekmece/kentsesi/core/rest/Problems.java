package tr.bel.kucukcekmece.kentsesi.core.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Builds problem documents in the caller's language, for JAX-RS responses and for servlet filters.
 */
public final class Problems {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private Problems() {}

  public static Problem of(
      Locale locale, int status, String code, List<Problem.FieldError> errors, Object... params) {
    String titleKey = "problem." + code + ".title";
    String detailKey = "problem." + code + ".detail";
    String title =
        Messages.has(titleKey)
            ? Messages.get(locale, titleKey)
            : Messages.get(locale, "problem.status." + status);
    String detail = Messages.has(detailKey) ? Messages.get(locale, detailKey, params) : title;
    return new Problem(
        "urn:kentsesi:problem:" + code,
        title,
        status,
        detail,
        code,
        errors == null || errors.isEmpty() ? null : errors);
  }

  public static Problem of(Locale locale, ApiException e) {
    List<Problem.FieldError> errors =
        e.fields().stream()
            .map(f -> new Problem.FieldError(f.field(), Messages.get(locale, f.key(), f.params())))
            .toList();
    return of(locale, e.status(), e.code(), errors, e.params());
  }

  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  public static String toJson(Problem problem) {
    return JSONB.toJson(problem);
  }

  /** Writes a problem straight to a servlet response (filters that run before JAX-RS). */
  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(toJson(problem));
  }
}
