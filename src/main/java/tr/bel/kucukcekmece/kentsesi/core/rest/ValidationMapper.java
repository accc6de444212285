package tr.bel.kucukcekmece.kentsesi.core.rest;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Takes Bean Validation failures from the runtime's own mapper so they become field-specific
 * problems too.
 */
@Provider
public class ValidationMapper implements ExceptionMapper<ValidationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ValidationException exception) {
    ProblemMappers delegate = new ProblemMappers();
    delegate.headers = headers;
    return delegate.toResponse(exception);
  }
}
