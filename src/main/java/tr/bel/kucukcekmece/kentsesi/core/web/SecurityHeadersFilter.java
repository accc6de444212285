package tr.bel.kucukcekmece.kentsesi.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * Security headers on every response of the portal; no inline script is ever allowed. When the
 * public URL ({@code kentsesi.public.url}) is https, {@code Strict-Transport-Security} too. Every
 * {@code Location} the portal sends is its own: it is built from the public URL when set, else sent
 * as a path, so the request's Host header never comes back.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  private Optional<URI> publicUrl = Optional.empty();
  private String hsts;

  @Override
  public void init() {
    publicUrl = CoreSettings.publicUrl();
    int maxAge = CoreSettings.HSTS_MAX_AGE.get();
    hsts = CoreSettings.publicHttps() && maxAge > 0 ? "max-age=" + maxAge : null;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (hsts != null) {
      response.setHeader("Strict-Transport-Security", hsts);
    }
    String uri = request.getRequestURI();
    if (uri.startsWith("/api/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, new OwnLocations(response, publicUrl));
  }

  /**
   * The Location to send for one the application (or JAX-RS, which makes it absolute from the
   * request's Host) produced: its path, query and fragment under the public URL when set, else the
   * path alone. A value that is not a URI is dropped to a path-less "/" rather than passed on.
   */
  static String ownLocation(String location, Optional<URI> publicUrl) {
    String local;
    try {
      URI u = new URI(location);
      local =
          (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
              + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery())
              + (u.getRawFragment() == null ? "" : "#" + u.getRawFragment());
      if (!local.startsWith("/")) {
        return location; // relative to the current path: request-independent already
      }
    } catch (URISyntaxException e) {
      local = "/";
    }
    // "//host" or "/\host" would be read by a browser as another host
    String path = local.replaceFirst("^[/\\\\]+", "/");
    return publicUrl.map(p -> p.toString() + path).orElse(path);
  }

  /** Rewrites the Location header and redirects with {@link #ownLocation}. */
  static final class OwnLocations extends HttpServletResponseWrapper {

    private final Optional<URI> publicUrl;

    OwnLocations(HttpServletResponse response, Optional<URI> publicUrl) {
      super(response);
      this.publicUrl = publicUrl;
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(
          name, isLocation(name) && value != null ? ownLocation(value, publicUrl) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(
          name, isLocation(name) && value != null ? ownLocation(value, publicUrl) : value);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      super.sendRedirect(ownLocation(location, publicUrl));
    }

    private static boolean isLocation(String name) {
      return "Location".equalsIgnoreCase(name);
    }
  }
}
