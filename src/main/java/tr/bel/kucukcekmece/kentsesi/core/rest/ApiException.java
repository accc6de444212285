package tr.bel.kucukcekmece.kentsesi.core.rest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A failure that the caller can act on. It carries a message key (translated when the response is
 * written), the HTTP status and, for bad input, the fields at fault.
 */
public class ApiException extends RuntimeException {

  private final int status;
  private final String code;
  private final Object[] params;
  private final List<FieldIssue> fields;
  private final Long retryAfterSeconds;

  /** A field and the message key (with parameters) that says what is wrong with it. */
  public record FieldIssue(String field, String key, Object... params) {}

  public ApiException(int status, String code, Object... params) {
    this(status, code, List.of(), null, params);
  }

  private ApiException(
      int status, String code, List<FieldIssue> fields, Long retryAfterSeconds, Object... params) {
    super(code);
    this.status = status;
    this.code = code;
    this.params = params;
    this.fields = fields;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ApiException badRequest(String code, Object... params) {
    return new ApiException(400, code, params);
  }

  public static ApiException notFound(String code, Object... params) {
    return new ApiException(404, code, params);
  }

  public static ApiException forbidden(String code) {
    return new ApiException(403, code);
  }

  public static ApiException conflict(String code, Object... params) {
    return new ApiException(409, code, params);
  }

  /** A 429 with Retry-After; the seconds are also parameter {0} of the problem's detail. */
  public static ApiException tooManyRequests(String code, long retryAfterSeconds) {
    return new ApiException(429, code, List.of(), retryAfterSeconds, retryAfterSeconds);
  }

  /**
   * A 503 with Retry-After: the request was not carried out and can be retried; seconds are
   * parameter {0}.
   */
  public static ApiException unavailable(String code, long retryAfterSeconds) {
    return new ApiException(503, code, List.of(), retryAfterSeconds, retryAfterSeconds);
  }

  /** A 400 with one or more field errors. */
  public static ApiException invalid(List<FieldIssue> fields) {
    return new ApiException(400, "validation", List.copyOf(fields), null);
  }

  public static ApiException invalid(String field, String key, Object... params) {
    return invalid(List.of(new FieldIssue(field, key, params)));
  }

  /**
   * A problem of any status that also names the field at fault (for example a 415 for a file's
   * name).
   */
  public static ApiException withField(
      int status, String code, String field, String key, Object... params) {
    return new ApiException(status, code, List.of(new FieldIssue(field, key, params)), null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Object[] params() {
    return params;
  }

  public List<FieldIssue> fields() {
    return fields;
  }

  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Collects field issues and throws them together, so that a form shows every error at once. */
  public static final class Collector {
    private final List<FieldIssue> issues = new ArrayList<>();

    public Collector add(String field, String key, Object... params) {
      issues.add(new FieldIssue(field, key, params));
      return this;
    }

    public boolean isEmpty() {
      return issues.isEmpty();
    }

    public List<FieldIssue> issues() {
      return Collections.unmodifiableList(issues);
    }

    public void throwIfAny() {
      if (!issues.isEmpty()) {
        throw invalid(issues);
      }
    }
  }
}
