package tr.bel.kucukcekmece.kentsesi.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP edge of a portal deployed behind TLS: started (as an operator starts it, with the boot
 * command file) with an https public URL. Secure session cookie, HSTS, Location never taken from
 * the Host header, no Server header, no WADL, /metrics only on the operator's loopback listener, no
 * data-grid port.
 */
@RunsAlongside
class EdgeIT {

  static final String PUBLIC_URL = "https://kentsesi.example";
  static PortalProcess portal;

  @BeforeAll
  static void start() throws Exception {
    portal =
        PortalProcess.start(
            "edge",
            Map.of(
                "KENTSESI_DATA_DIR",
                "target/it-data-edge",
                "KENTSESI_DEMO",
                "true",
                "KENTSESI_ADMIN_PASSWORD",
                SharedPortal.ADMIN_PASSWORD,
                "KENTSESI_PUBLIC_URL",
                PUBLIC_URL));
    assertTrue(portal.awaitReady(Duration.ofSeconds(240)), portal.tail());
  }

  @AfterAll
  static void stop() throws Exception {
    if (portal != null) {
      portal.close();
    }
  }

  /**
   * One raw HTTP/1.1 exchange, so that the Host header can be anything; returns the status line and
   * headers.
   */
  static List<String> raw(String method, String path, String host, String body) throws Exception {
    try (Socket s = new Socket("127.0.0.1", portal.port)) {
      s.setSoTimeout(30_000);
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      String head =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nConnection: close\r\n"
              + (body == null
                  ? ""
                  : "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n")
              + "\r\n";
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        lines.add(line);
      }
      return lines;
    }
  }

  static String header(List<String> response, String name) {
    return response.stream()
        .filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
        .map(l -> l.substring(name.length() + 1).trim())
        .findFirst()
        .orElse(null);
  }

  @Test
  void locationComesFromThePublicUrlNeverFromTheHostHeader() throws Exception {
    List<String> created =
        raw(
            "POST",
            "/api/feedback",
            "evil.example",
            "{\"kind\":\"SUGGESTION\",\"serviceCode\":\"PARK-YENI-PARK\",\"comment\":\"Daha çok ağaç.\"}");
    assertTrue(created.get(0).contains(" 201 "), created.toString());
    String location = header(created, "Location");
    assertTrue(location.startsWith(PUBLIC_URL + "/api/feedback/"), location);
    assertFalse(String.join("\n", created).contains("evil.example"), created.toString());

    // The container's own redirect (a folder without its slash) keeps a path
    List<String> folder = raw("GET", "/css", "evil.example", null);
    assertTrue(folder.get(0).contains(" 30"), folder.toString());
    assertFalse(String.join("\n", folder).contains("evil.example"), folder.toString());
  }

  @Test
  void theSessionCookieIsSecureAndHstsIsSentBehindTls() throws Exception {
    Http admin = new Http(new URL(portal.base().toString()));
    Http.Res login =
        admin.post(
            "api/auth/login",
            "{\"username\":\"admin\",\"password\":\"" + SharedPortal.ADMIN_PASSWORD + "\"}");
    assertEquals(200, login.status(), login.body());
    String cookie =
        login.headerValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("KSSESSION="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
    assertTrue(cookie.matches("(?i).*;\\s*Secure(;.*|$)"), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertEquals("max-age=31536000", admin.get("health/ready").header("Strict-Transport-Security"));
    assertEquals("max-age=31536000", admin.get("index.html").header("Strict-Transport-Security"));
  }

  @Test
  void noServerHeaderAndNoWadl() throws Exception {
    Http http = new Http(new URL(portal.base().toString()));
    for (String path :
        List.of("", "index.html", "api/catalog/departments", "openapi", "no-such-page")) {
      Http.Res r = http.get(path);
      assertNull(r.header("Server"), path + ": " + r.headers());
      assertNull(r.header("X-Powered-By"), path + ": " + r.headers());
    }
    assertEquals(404, http.get("api/application.wadl").status());
    Http.Res options = http.send("OPTIONS", "api/feedback", null, Map.of());
    assertTrue(
        options.status() == 200 || options.status() == 204,
        options.status() + " " + options.body());
    assertTrue(options.header("Allow").contains("POST"), options.headers().toString());
    assertFalse(String.valueOf(options.contentType()).contains("wadl"), options.contentType());
    assertFalse(options.body().contains("<application"), options.body());
  }

  @Test
  void metricsOnlyOnTheOperatorsLoopbackListener() throws Exception {
    Http http = new Http(new URL(portal.base().toString()));
    for (String path : List.of("metrics", "metrics/base", "metrics;x", "%6detrics")) {
      Http.Res metrics = http.get(path);
      assertEquals(404, metrics.status(), path + ": " + metrics.body());
      assertFalse(metrics.body().contains("# TYPE"), path + ": no figures: " + metrics.body());
    }

    Http operator = new Http(new URL("http://127.0.0.1:" + portal.metricsPort + "/"));
    Http.Res metrics = operator.get("metrics");
    assertEquals(200, metrics.status(), metrics.body());
    assertTrue(metrics.body().lines().anyMatch(l -> l.startsWith("# TYPE")), metrics.body());
    assertNull(metrics.header("Server"), metrics.headers().toString());
    // the metrics listener serves the figures and nothing else of the portal
    for (String path : List.of("", "index.html", "api/catalog/departments", "health/ready")) {
      assertEquals(404, operator.get(path).status(), path);
    }
  }

  /**
   * Only the HTTP port listens beyond the loopback interface: no data-grid (Hazelcast) port, the
   * metrics listener on 127.0.0.1. Read from the portal process's own sockets (other servers run on
   * this machine too).
   */
  @Test
  void onlyTheHttpPortListensBeyondLoopback() throws Exception {
    List<InetSocketAddress> listening = listeningSockets(portal.process.pid());
    assertTrue(listening.stream().anyMatch(a -> a.getPort() == portal.port), listening.toString());
    assertTrue(
        listening.stream().anyMatch(a -> a.getPort() == portal.metricsPort), listening.toString());
    List<InetSocketAddress> exposed =
        listening.stream()
            .filter(a -> !a.getAddress().isLoopbackAddress() && a.getPort() != portal.port)
            .toList();
    assertTrue(
        exposed.isEmpty(), "listening beyond loopback: " + exposed + " (all: " + listening + ")");
  }

  /**
   * The TCP sockets in state LISTEN that belong to the process: /proc/PID/net/tcp{,6} joined with
   * its fds.
   */
  static List<InetSocketAddress> listeningSockets(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/" + pid + "/fd"))) {
      for (Path fd : fds) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring("socket:[".length(), target.length() - 1));
          }
        } catch (IOException e) {
          // closed meanwhile
        }
      }
    }
    List<InetSocketAddress> listening = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6")) {
      List<String> lines = Files.readAllLines(Path.of("/proc/" + pid + "/net/" + table));
      for (String line : lines.subList(1, lines.size())) {
        // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
        String[] f = line.trim().split("\\s+");
        if (f[3].equals("0A") && inodes.contains(f[9])) {
          String[] local = f[1].split(":");
          listening.add(
              new InetSocketAddress(
                  InetAddress.getByAddress(procAddress(local[0])), Integer.parseInt(local[1], 16)));
        }
      }
    }
    return listening;
  }

  /** An address as /proc prints it: hex of 32-bit words in the machine's byte order. */
  static byte[] procAddress(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
      for (int w = 0; w < bytes.length; w += 4) {
        byte b0 = bytes[w];
        byte b1 = bytes[w + 1];
        bytes[w] = bytes[w + 3];
        bytes[w + 1] = bytes[w + 2];
        bytes[w + 2] = b1;
        bytes[w + 3] = b0;
      }
    }
    return bytes;
  }
}
