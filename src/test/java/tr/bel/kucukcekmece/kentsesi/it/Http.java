package tr.bel.kucukcekmece.kentsesi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A small HTTP client for API tests: one cookie jar per instance (one browser session), JSON
 * helpers.
 */
final class Http {

  private final HttpClient client;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  final URI base;
  String language = "tr";
  String csrf;

  /** The citizen's e-mail address, for tests that log in citizens. */
  String email;

  Http(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A response with its body as text. */
  record Res(int status, java.net.http.HttpHeaders headers, String body) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }

    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    List<String> headerValues(String name) {
      return headers.allValues(name);
    }

    String contentType() {
      return header("Content-Type");
    }

    /** The field names a problem document lists. */
    List<String> problemFields() {
      JsonObject p = json();
      if (!p.containsKey("errors")) {
        return List.of();
      }
      return p.getJsonArray("errors").stream()
          .map(v -> v.asJsonObject().getString("field"))
          .toList();
    }
  }

  Res get(String path) {
    return send("GET", path, null, Map.of());
  }

  Res post(String path, String json) {
    return send("POST", path, json, Map.of("Content-Type", "application/json"));
  }

  Res delete(String path) {
    return send("DELETE", path, null, Map.of());
  }

  Res put(String path, String json) {
    return send("PUT", path, json, Map.of("Content-Type", "application/json"));
  }

  Res send(String method, String path, String body, Map<String, String> headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", language)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (csrf != null && !method.equals("GET")) {
      b.header("X-CSRF-Token", csrf);
    }
    headers.forEach(b::header);
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET whose body is kept as bytes (e.g. a PDF); fails unless the status is 200. */
  byte[] getBytes(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept-Language", language)
            .GET()
            .build();
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AssertionError(
            "GET "
                + path
                + ": "
                + r.statusCode()
                + " "
                + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends raw bytes (uploads) with the given content type. */
  Res sendBytes(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept-Language", language)
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (csrf != null) {
      b.header("X-CSRF-Token", csrf);
    }
    try {
      HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** POSTs a JSON body without a Content-Length (chunked), as a streaming client would. */
  Res sendStreamed(String path, String json) {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(bytes)))
            .build();
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Res(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new IllegalStateException("POST " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * A login over a connection from another loopback address (127.0.0.2, ...), which the portal
   * takes for the client's address: for tests of the login throttle, which counts failures per
   * address too, so that their failures hold back no other test's logins from 127.0.0.1. Sent as
   * HTTP/1.0 (the answer ends with the connection); no session is kept.
   */
  Res loginFrom(String localAddress, String username, String password) {
    byte[] body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString()
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String head =
        "POST "
            + base.getPath()
            + "api/auth/login HTTP/1.0\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nContent-Type: application/json\r\nAccept-Language: "
            + language
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    try (java.net.Socket socket =
        new java.net.Socket(
            java.net.InetAddress.getByName(base.getHost()),
            base.getPort(),
            java.net.InetAddress.getByName(localAddress),
            0)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      String all =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      if (split < 0) {
        throw new AssertionError("no complete answer to a login from " + localAddress + ": " + all);
      }
      String[] lines = all.substring(0, split).split("\r\n");
      Map<String, List<String>> headers = new java.util.HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers
            .computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new java.util.ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
      return new Res(
          Integer.parseInt(lines[0].split(" ")[1]),
          java.net.http.HttpHeaders.of(headers, (k, v) -> true),
          all.substring(split + 4));
    } catch (IOException e) {
      throw new IllegalStateException("login from " + localAddress + " failed: " + e, e);
    }
  }

  /** Logs in and keeps the CSRF token for later state-changing requests. */
  JsonObject login(String username, String password) {
    Res r =
        post(
            "api/auth/login",
            Json.createObjectBuilder()
                .add("username", username)
                .add("password", password)
                .build()
                .toString());
    if (r.status() != 200) {
      throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.body());
    }
    JsonObject session = r.json();
    csrf = session.getString("csrfToken");
    return session;
  }

  static String json(JsonStructure s) {
    return s.toString();
  }
}
