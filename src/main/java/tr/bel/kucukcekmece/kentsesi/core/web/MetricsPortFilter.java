package tr.bel.kucukcekmece.kentsesi.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * Keeps MicroProfile Metrics for the operator: {@code /metrics} answers only on the metrics
 * listener (created by {@code src/main/payara/pre-boot.asadmin}, on 127.0.0.1 by default), and that
 * listener serves nothing else. Both sides answer 404 otherwise, so the public port does not even
 * reveal that the figures exist.
 *
 * <p>The port is read from the environment variable {@code KENTSESI_METRICS_PORT} only ({@link
 * CoreSettings#METRICS_PORT}), as the boot command file reads it, so that the listener and this
 * filter can never disagree.
 */
@WebFilter(filterName = "metricsPort", urlPatterns = "/*")
public class MetricsPortFilter extends HttpFilter {

  private int metricsPort;

  @Override
  public void init() {
    metricsPort = CoreSettings.METRICS_PORT.get();
  }

  /** Whether the path (after the context path) is the metrics endpoint or below it. */
  static boolean isMetricsPath(String path) {
    return path.equals("/metrics") || path.startsWith("/metrics/");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // the decoded, normalised path the container maps to a servlet (not the raw URI: "/metrics;x"
    // maps to /metrics)
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean metricsListener = request.getLocalPort() == metricsPort;
    if (metricsListener != isMetricsPath(path)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
