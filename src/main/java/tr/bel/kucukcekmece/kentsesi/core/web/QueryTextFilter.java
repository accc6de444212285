package tr.bel.kucukcekmece.kentsesi.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.rest.Problem;
import tr.bel.kucukcekmece.kentsesi.core.rest.Problems;
import tr.bel.kucukcekmece.kentsesi.core.rest.StrictJsonReader;

/**
 * Query parameters are user text too: one whose decoded name or value carries a control character
 * other than tab or a line break (%00 above all, which PostgreSQL refuses in text) is a 400 field
 * error naming the parameter, before any resource sees it. JSON bodies are checked the same way by
 * {@link StrictJsonReader}.
 */
@WebFilter(filterName = "queryText", urlPatterns = "/api/*")
public class QueryTextFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String bad = badParameter(request.getQueryString());
    if (bad != null) {
      var locale = Messages.fromHeader(request.getHeader("Accept-Language"));
      Problems.write(
          response,
          Problems.of(
              locale,
              400,
              "validation",
              List.of(
                  new Problem.FieldError(
                      bad, Messages.get(locale, "validation.queryControlCharacters")))));
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The first parameter whose name or value has a control character ("query" if the name itself has
   * one).
   */
  static String badParameter(String query) {
    if (query == null || query.indexOf('%') < 0) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (name == null || value == null) {
        continue; // malformed escapes are left to the resource, as before
      }
      if (StrictJsonReader.hasControlCharacter(name)) {
        return "query";
      }
      if (StrictJsonReader.hasControlCharacter(value)) {
        return name;
      }
    }
    return null;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
