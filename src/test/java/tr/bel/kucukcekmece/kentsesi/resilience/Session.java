package tr.bel.kucukcekmece.kentsesi.resilience;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One browser-like session against the portal: its own cookie jar and, once logged in, the CSRF
 * token.
 */
public final class Session {

  /** An answer; status 0 when the connection failed before one came (the body then says why). */
  public record Res(int status, String contentType, String body, String location) {
    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }
  }

  private final URI base;
  private final HttpClient client;
  private String csrf;
  private String username;
  private String password;

  public Session(URI base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public URI base() {
    return base;
  }

  /**
   * Logs in (fails when the portal refuses) and keeps the CSRF token for later state-changing
   * requests.
   */
  public Session login(String username, String password) {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString();
    Res r =
        send(
            "POST",
            "/api/auth/login",
            Map.of("Content-Type", "application/json"),
            body.getBytes(StandardCharsets.UTF_8));
    if (r.status() != 200) {
      throw new IllegalStateException(
          "login of a "
              + (username.contains("@") ? "citizen" : username)
              + " failed: "
              + r.status()
              + " "
              + r.body());
    }
    this.csrf = r.json().getString("csrfToken");
    this.username = username;
    this.password = password;
    return this;
  }

  /** Logs in again with the same credentials (a new session, e.g. after the old one ended). */
  public void relogin() {
    if (username != null) {
      login(username, password);
    }
  }

  public boolean loggedIn() {
    return username != null;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  public Res get(String path) {
    return send("GET", path, Map.of(), null);
  }

  public Res json(String method, String path, String json) {
    return send(
        method,
        path,
        Map.of("Content-Type", "application/json"),
        json == null ? null : json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Sends a request; {@code pathAndQuery} is already encoded. The CSRF token goes with every
   * request that is not GET (unless the headers name one); {@code Accept-Language} is tr unless the
   * headers say otherwise.
   */
  public Res send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery));
    } catch (IllegalArgumentException e) {
      return new Res(-1, null, "client refused the URI: " + e.getMessage(), null);
    }
    b.timeout(Duration.ofSeconds(60))
        .method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
    if (!headers.containsKey("Accept-Language")) {
      b.header("Accept-Language", "tr");
    }
    if (csrf != null && !method.equals("GET") && !headers.containsKey("X-CSRF-Token")) {
      b.header("X-CSRF-Token", csrf);
    }
    try {
      headers.forEach(b::header);
      HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Res(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(null),
          new String(r.body(), StandardCharsets.UTF_8),
          r.headers().firstValue("Location").orElse(null));
    } catch (IllegalArgumentException e) {
      return new Res(-1, null, "client refused the request: " + e.getMessage(), null);
    } catch (IOException e) {
      return new Res(0, null, "no answer: " + e, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
