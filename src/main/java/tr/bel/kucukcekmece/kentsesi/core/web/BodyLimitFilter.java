package tr.bel.kucukcekmece.kentsesi.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.rest.Problems;

/**
 * Refuses API request bodies over the configured size (default 64 KiB) with 413 problem+json,
 * whether the client declares a Content-Length or streams the body.
 */
@WebFilter(filterName = "bodyLimit", urlPatterns = "/api/*")
public class BodyLimitFilter extends HttpFilter {

  /**
   * Knowledge document uploads (PDF and the like) may be larger; the importer refuses more than
   * this too.
   */
  public static final long UPLOAD_LIMIT = 10L * 1024 * 1024;

  private long limit;

  @Override
  public void init() {
    limit = CoreSettings.MAX_BODY_BYTES.get();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit =
        request.getRequestURI().endsWith("/api/admin/knowledge/documents")
            ? UPLOAD_LIMIT
            : this.limit;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      Problems.write(
          response,
          Problems.of(
              Messages.fromHeader(request.getHeader("Accept-Language")),
              413,
              "body-too-large",
              null,
              limit));
      return;
    }
    chain.doFilter(declared >= 0 ? request : new Limited(request, limit), response);
  }

  /** Thrown when a streamed body passes the limit; mapped to 413 by the REST edge. */
  public static class TooLarge extends IOException {
    private final long limit;

    public TooLarge(long limit) {
      super("request body larger than " + limit + " bytes");
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long count;

              @Override
              public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++count > limit) {
                  throw new TooLarge(limit);
                }
                return b;
              }

              @Override
              public int read(byte[] buf, int off, int len) throws IOException {
                int n = in.read(buf, off, len);
                if (n > 0) {
                  count += n;
                  if (count > limit) {
                    throw new TooLarge(limit);
                  }
                }
                return n;
              }

              @Override
              public boolean isFinished() {
                return in.isFinished();
              }

              @Override
              public boolean isReady() {
                return in.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
