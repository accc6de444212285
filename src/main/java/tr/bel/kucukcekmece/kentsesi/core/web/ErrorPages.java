package tr.bel.kucukcekmece.kentsesi.core.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.rest.Problem;
import tr.bel.kucukcekmece.kentsesi.core.rest.Problems;

/**
 * The target of web.xml's error pages: every error the container itself produces inside this
 * application (a 400 for a malformed Content-Type header, a 405 for TRACE, an exception that
 * escapes a filter...) is answered as problem+json in the caller's language for /api/ addresses,
 * and as the portal's own pages elsewhere, never with the container's HTML report. Errors that
 * Payara's HTTP layer answers before the application is chosen (an invalid URI such as %00 or %ff)
 * do not reach it: see src/docs/api-errors.md.
 */
@WebServlet(name = "errorPages", urlPatterns = ErrorPages.PATH)
public class ErrorPages extends HttpServlet {

  public static final String PATH = "/_error";
  private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 404;
    String path = uri == null ? request.getRequestURI() : uri.toString();
    String reference = null;
    if (failure != null || status == 500) {
      reference = UUID.randomUUID().toString().substring(0, 8);
      LOG.log(
          Level.SEVERE,
          "Unexpected failure in the container, reference " + reference,
          failure == null ? null : failure);
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    Locale locale = Messages.fromHeader(request.getHeader("Accept-Language"));
    String context = request.getContextPath();
    boolean api = path.startsWith(context + "/api/") || path.equals(context + "/api");
    response.setHeader("Cache-Control", "no-store");
    if (api) {
      Problem problem =
          status >= 500
              ? Problems.of(
                  locale,
                  status,
                  status == 500 ? "internal" : "http." + status,
                  null,
                  reference == null ? "-" : reference)
              : Problems.of(locale, status, status == 400 ? "bad-request" : "http." + status, null);
      Problems.write(response, problem);
      return;
    }
    if (status == 404) {
      response.setStatus(404);
      request.getRequestDispatcher("/404.html").forward(request, response);
      return;
    }
    String title =
        escape(
            Messages.get(
                locale,
                Messages.has("problem.status." + status)
                    ? "problem.status." + status
                    : status >= 500 ? "problem.status.500" : "problem.status.400"));
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\""
                + locale.getLanguage()
                + "\"><head><meta charset=\"utf-8\">"
                + "<title>"
                + title
                + "</title></head><body><h1>"
                + title
                + "</h1><p><a href=\""
                + context
                + "/\">Kent Sesi</a></p></body></html>");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
