package tr.bel.kucukcekmece.kentsesi.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.rest.Problems;
import tr.bel.kucukcekmece.kentsesi.core.startup.StartupState;

/**
 * While the portal is not ready (starting, or its database unreachable), APIs answer 503 with the
 * reason.
 */
@WebFilter(filterName = "readiness", urlPatterns = "/api/*")
public class ReadinessFilter extends HttpFilter {

  @Inject StartupState state;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!state.isReady()) {
      response.setHeader("Retry-After", "10");
      Problems.write(
          response,
          Problems.of(
              Messages.fromHeader(request.getHeader("Accept-Language")),
              503,
              "not-ready",
              null,
              state.reason()));
      return;
    }
    chain.doFilter(request, response);
  }
}
