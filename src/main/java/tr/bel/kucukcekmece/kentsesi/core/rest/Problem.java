package tr.bel.kucukcekmece.kentsesi.core.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists field-specific messages; {@code code} is a
 * stable machine-readable reason that clients can rely on while titles and details are translated.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "code", "errors"})
public record Problem(
    String type, String title, int status, String detail, String code, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field and what is wrong with it, in the caller's language. */
  public record FieldError(String field, String message) {}
}
