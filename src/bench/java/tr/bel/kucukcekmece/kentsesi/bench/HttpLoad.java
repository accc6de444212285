package tr.bel.kucukcekmece.kentsesi.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP load generator: {@code concurrency} threads each send one request at a time over their own
 * keep-alive HTTP/1.1 connection (a blocking socket: no selector thread, futures or per-request
 * objects beyond the request's bytes, so that the client costs the cores it shares with the server
 * little), wait for the whole response body and record its latency; closed loop (the next request
 * right after the answer) or, with a rate, open loop (each thread on a fixed schedule, latency from
 * the scheduled time, as wrk2 measures it). Only requests completing inside the measurement window
 * (after the warm-up, until {@code duration} or {@code maxRequests}) count; requests still in
 * flight at its end are dropped. Read the numbers as a ratio against a trivial endpoint measured in
 * the same run, not as capacity.
 *
 * <p>Longer than the ~400 lines we aim for: the scenarios of the benchmarks share its load loop,
 * its latency histogram and its report.
 */
public final class HttpLoad {

  private static final String USAGE =
      """
            usage: HttpLoad --url URL [--method GET] [--body-file FILE | --bodies-file FILE]
                            [--header 'Name: value']... [--concurrency 10] [--duration 10] [--warmup 0]
                            [--max-requests N] [--rate R] [--expect STATUS] [--label TEXT] [--json-out FILE]
            Times in seconds. In the body and header values, ${n} becomes a global request counter
            and ${uuid} a random UUID (one of each per request). --bodies-file: one body per line, request n
            sends line n (mod the number of lines). --rate R: open loop at R requests/s in all, each
            worker on a fixed schedule, latency counted from the scheduled send time (so a late answer
            also delays, and is charged to, the requests queued behind it); without it, closed loop.
            -Dhttpload.timeline=FILE writes, per 100 ms of send time, the requests sent and the slowest
            latency among them (for finding where a tail came from).""";
  private static final List<String> KEYS =
      List.of(
          "url",
          "method",
          "body-file",
          "concurrency",
          "duration",
          "warmup",
          "max-requests",
          "expect",
          "label",
          "json-out",
          "bodies-file",
          "rate");

  private HttpLoad() {}

  /**
   * What to run. {@code body} is a template or {@code null}; {@code headers} are {@code "Name:
   * value"} lines; {@code maxRequests} and {@code expect} are 0 when unused; a {@code null} label
   * becomes "METHOD url".
   */
  public record Options(
      URI url,
      String method,
      String body,
      List<String> headers,
      int concurrency,
      Duration warmup,
      Duration duration,
      long maxRequests,
      int expect,
      String label,
      List<String> bodies,
      double rate) {
    public Options {
      if (concurrency < 1
          || warmup.isNegative()
          || duration.isNegative()
          || duration.isZero()
          || maxRequests < 0
          || rate < 0) {
        throw new IllegalArgumentException(
            "need concurrency >= 1, warmup >= 0, duration > 0, " + "max-requests >= 0, rate >= 0");
      }
      headers = List.copyOf(headers);
      bodies = List.copyOf(bodies);
      label = label != null ? label : method + " " + url;
    }
  }

  /**
   * What was measured: latencies in milliseconds, {@code completed} responses, exceptions in {@code
   * errors}.
   */
  public record Result(
      String label,
      int concurrency,
      double seconds,
      long completed,
      double throughput,
      double p50,
      double p90,
      double p95,
      double p99,
      double max,
      Map<Integer, Long> statuses,
      Map<String, Long> errors,
      int expect,
      long expectedOk) {

    /**
     * @return measured attempts: responses plus exceptions
     */
    public long total() {
      return completed + errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @return true if something was measured, with no exception and, given {@code expect}, no other
     *     status
     */
    public boolean ok() {
      return total() > 0 && errors.isEmpty() && (expect == 0 || expectedOk == total());
    }

    /**
     * @return the human-readable summary block
     */
    public String summary() {
      String s =
          String.format(
              Locale.ROOT,
              """
                    label:        %s
                    concurrency:  %d
                    measured:     %.2f s
                    completed:    %d
                    throughput:   %.1f req/s
                    latency ms:   p50 %.2f  p90 %.2f  p95 %.2f  p99 %.2f  max %.2f
                    statuses:     %s
                    errors:       %s
                    """,
              label,
              concurrency,
              seconds,
              completed,
              throughput,
              p50,
              p90,
              p95,
              p99,
              max,
              statuses.isEmpty() ? "none" : statuses,
              errors.isEmpty() ? "none" : errors);
      return expect == 0
          ? s
          : s + "expected-status ok: " + expectedOk + " / total " + total() + "\n";
    }

    /**
     * @return the same numbers as one JSON object
     */
    public String toJson() {
      return String.format(
          Locale.ROOT,
          "{\"label\":%s,\"concurrency\":%d,\"seconds\":%.3f,\"completed\":%d,"
              + "\"throughput\":%.2f,\"p50\":%.2f,\"p90\":%.2f,\"p95\":%.2f,\"p99\":%.2f,\"max\":%.2f,"
              + "\"statuses\":%s,\"errors\":%s,\"total\":%d,\"expect\":%d,\"expectedOk\":%d,\"ok\":%b}%n",
          quote(label),
          concurrency,
          seconds,
          completed,
          throughput,
          p50,
          p90,
          p95,
          p99,
          max,
          object(statuses),
          object(errors),
          total(),
          expect,
          expectedOk,
          ok());
    }
  }

  /**
   * One worker's measurements, locked so that the run can close it while a straggler still
   * finishes.
   */
  private static final class Recorder {
    long[] micros = new long[4096];
    long[] at = new long[4096];
    int n;
    boolean closed;
    final Map<Integer, Long> statuses = new TreeMap<>();
    final Map<String, Long> errors = new TreeMap<>();

    synchronized void record(long latency, long sent, int status, String error) {
      if (closed) {
        return;
      }
      if (error != null) {
        errors.merge(error, 1L, Long::sum);
        return;
      }
      if (n == micros.length) {
        micros = Arrays.copyOf(micros, n * 2);
        at = Arrays.copyOf(at, n * 2);
      }
      at[n] = sent;
      micros[n++] = latency;
      statuses.merge(status, 1L, Long::sum);
    }
  }

  /** Runs the load described by {@code o}; returns at most warmup + duration + 30 s later. */
  public static Result run(Options o) throws InterruptedException {
    validate(o);
    boolean templated =
        (o.body() != null && o.body().contains("${"))
            || !o.bodies().isEmpty()
            || o.headers().stream().anyMatch(h -> h.contains("${"));
    boolean uuids = templated && (o.body() + o.headers() + o.bodies()).contains("${uuid}");
    byte[] fixed = templated ? null : request(o, 0, null);
    AtomicLong counter = new AtomicLong();
    AtomicLong tickets = new AtomicLong();
    CountDownLatch maxReached = new CountDownLatch(1);
    long from = System.nanoTime() + o.warmup().toNanos();
    long until = from + o.duration().toNanos();
    AtomicLong end = new AtomicLong(until);
    Recorder[] recorders = new Recorder[o.concurrency()];
    Thread[] workers = new Thread[o.concurrency()];
    Connection[] connections = new Connection[o.concurrency()];
    for (int i = 0; i < workers.length; i++) {
      Recorder r = recorders[i] = new Recorder();
      Connection connection = connections[i] = new Connection(o.url());
      // Open loop: worker i sends its k-th request at start + (k + i / concurrency) * period. The
      // schedule
      // starts again with the measurement, so a backlog of the warm-up (a cold client) is not
      // charged to it.
      long period = o.rate() > 0 ? Math.round(o.concurrency() / o.rate() * 1e9) : 0;
      long offset = period * i / o.concurrency();
      workers[i] =
          new Thread(
              () -> {
                long start = System.nanoTime() + offset;
                boolean measuring = o.warmup().isZero();
                for (long k = 0; !Thread.currentThread().isInterrupted(); k++) {
                  if (period > 0 && !measuring && System.nanoTime() - from >= 0) {
                    measuring = true;
                    start = Math.max(from, System.nanoTime()) + offset;
                    k = 0;
                  }
                  byte[] req =
                      fixed != null
                          ? fixed
                          : request(
                              o,
                              counter.incrementAndGet(),
                              uuids ? UUID.randomUUID().toString() : "");
                  int status = 0;
                  String error = null;
                  long t0 = System.nanoTime();
                  if (period > 0) {
                    long scheduled = start + k * period;
                    while (scheduled - (t0 = System.nanoTime()) > 0) {
                      LockSupport.parkNanos(scheduled - t0);
                      if (Thread.currentThread().isInterrupted()) {
                        return;
                      }
                    }
                    t0 = scheduled; // a request sent late waited behind an earlier one: that wait
                    // counts
                  }
                  try {
                    status = connection.send(req);
                  } catch (IOException | RuntimeException e) {
                    if (Thread.currentThread().isInterrupted()) {
                      return;
                    }
                    error = e.getClass().getName();
                  }
                  long t1 = System.nanoTime();
                  if (t1 - from < 0) {
                    continue; // warm-up
                  }
                  long ticket = tickets.incrementAndGet();
                  if (t1 - until > 0 || (o.maxRequests() > 0 && ticket > o.maxRequests())) {
                    return;
                  }
                  r.record((t1 - t0) / 1_000, (t0 - from) / 1_000, status, error);
                  if (ticket == o.maxRequests()) {
                    end.set(t1);
                    maxReached.countDown();
                  }
                }
              },
              "http-load-" + i);
      workers[i].setDaemon(true);
      workers[i].start();
    }
    maxReached.await(until - System.nanoTime(), TimeUnit.NANOSECONDS);
    for (Recorder r : recorders) {
      synchronized (r) {
        r.closed = true;
      }
    }
    long hardDeadline = until + TimeUnit.SECONDS.toNanos(30);
    for (int i = 0; i < workers.length; i++) {
      workers[i].interrupt();
      connections[i].close(); // aborts the request in flight
    }
    for (Thread w : workers) {
      w.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(hardDeadline - System.nanoTime())));
    }
    return summarize(o, recorders, (end.get() - from) / 1e9);
  }

  private static Result summarize(Options o, Recorder[] recorders, double seconds) {
    String timeline = System.getProperty("httpload.timeline");
    if (timeline != null) {
      // per 100 ms of send time: requests, their slowest latency (ms); for finding what a tail came
      // from
      TreeMap<Long, long[]> slots = new TreeMap<>();
      for (Recorder r : recorders) {
        for (int i = 0; i < r.n; i++) {
          long[] v = slots.computeIfAbsent(r.at[i] / 100_000, k -> new long[2]);
          v[0]++;
          v[1] = Math.max(v[1], r.micros[i]);
        }
      }
      StringBuilder sb = new StringBuilder();
      slots.forEach(
          (k, v) ->
              sb.append(k / 10.0)
                  .append(' ')
                  .append(v[0])
                  .append(' ')
                  .append(v[1] / 1000.0)
                  .append('\n'));
      try {
        Files.writeString(Path.of(timeline), sb);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    long[] all = new long[Arrays.stream(recorders).mapToInt(r -> r.n).sum()];
    Map<Integer, Long> statuses = new TreeMap<>();
    Map<String, Long> errors = new TreeMap<>();
    int at = 0;
    for (Recorder r : recorders) {
      System.arraycopy(r.micros, 0, all, at, r.n);
      at += r.n;
      r.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
      r.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
    }
    Arrays.sort(all);
    return new Result(
        o.label(),
        o.concurrency(),
        seconds,
        all.length,
        seconds > 0 ? all.length / seconds : 0,
        percentile(all, 50),
        percentile(all, 90),
        percentile(all, 95),
        percentile(all, 99),
        percentile(all, 100),
        statuses,
        errors,
        o.expect(),
        statuses.getOrDefault(o.expect(), 0L));
  }

  /**
   * Nearest-rank percentile of sorted latencies in microseconds, in milliseconds (0 if there are
   * none).
   */
  private static double percentile(long[] sorted, int p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1] / 1000.0;
  }

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final List<String> SET_HERE =
      List.of("host", "content-length", "connection", "transfer-encoding");

  /**
   * Rejects, before a run, what this client cannot send: a URL that is not plain HTTP, a method or
   * header name that is not a token, a header value with a line break, and the headers it sets
   * itself.
   */
  static void validate(Options o) {
    URI u = o.url();
    if (!"http".equals(u.getScheme()) || u.getHost() == null) {
      throw new IllegalArgumentException("only http://host[:port]/path URLs: " + u);
    }
    if (!TOKEN.matcher(o.method()).matches()) {
      throw new IllegalArgumentException("not a method: " + o.method());
    }
    for (String header : o.headers()) {
      String name = header.substring(0, header.indexOf(':')).trim();
      if (!TOKEN.matcher(name).matches()
          || SET_HERE.contains(name.toLowerCase(Locale.ROOT))
          || header.indexOf('\r') >= 0
          || header.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("header not allowed: " + header);
      }
    }
  }

  /**
   * The bytes of one HTTP/1.1 request (checked by {@link #validate}); with a {@code null} uuid the
   * templates are sent as they are.
   */
  private static byte[] request(Options o, long n, String uuid) {
    URI u = o.url();
    String body = o.bodies().isEmpty() ? o.body() : o.bodies().get((int) (n % o.bodies().size()));
    byte[] content = body == null ? null : fill(body, n, uuid).getBytes(StandardCharsets.UTF_8);
    String path =
        (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
            + (u.getRawQuery() != null ? "?" + u.getRawQuery() : "");
    StringBuilder h =
        new StringBuilder(256)
            .append(o.method())
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\n")
            .append("Host: ")
            .append(u.getRawAuthority())
            .append("\r\n");
    for (String header : o.headers()) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim();
      String value = fill(header.substring(colon + 1).trim(), n, uuid);
      h.append(name).append(": ").append(value).append("\r\n");
    }
    if (content != null) {
      h.append("Content-Length: ").append(content.length).append("\r\n");
    }
    byte[] head = h.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    if (content == null) {
      return head;
    }
    byte[] all = Arrays.copyOf(head, head.length + content.length);
    System.arraycopy(content, 0, all, head.length, content.length);
    return all;
  }

  /**
   * One worker's keep-alive connection: writes a request, reads the status and skips the headers
   * and body.
   */
  private static final class Connection {
    private final String host;
    private final int port;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean reused;

    Connection(URI url) {
      host = url.getHost();
      port = url.getPort() > 0 ? url.getPort() : 80;
    }

    /**
     * Sends and reads one exchange; a reused connection the server had closed is opened again once.
     */
    int send(byte[] request) throws IOException {
      for (int attempt = 0; ; attempt++) {
        if (socket == null) {
          open();
        }
        boolean wasReused = reused;
        int first;
        try {
          out.write(request);
          out.flush();
          first = in.read();
        } catch (IOException e) {
          close();
          throw e;
        }
        if (first < 0) {
          close();
          if (!wasReused || attempt > 0) {
            throw new EOFException("connection closed before the response");
          }
          continue; // the server had closed the idle connection: send once more on a new one
        }
        reused = true;
        try {
          return readResponse(first);
        } catch (IOException | RuntimeException e) {
          close();
          throw e;
        }
      }
    }

    private void open() throws IOException {
      Socket s = new Socket();
      s.setTcpNoDelay(true);
      s.connect(new InetSocketAddress(host, port), 5_000);
      s.setSoTimeout(30_000);
      in = new BufferedInputStream(s.getInputStream(), 16_384);
      out = new BufferedOutputStream(s.getOutputStream(), 8_192);
      reused = false;
      socket = s;
    }

    private int readResponse(int first) throws IOException {
      String statusLine = (char) first + line();
      if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
        throw new IOException("not an HTTP/1.x status line: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean close = statusLine.startsWith("HTTP/1.0");
      for (String h; !(h = line()).isEmpty(); ) {
        int colon = h.indexOf(':');
        String name = colon < 0 ? "" : h.substring(0, colon).trim();
        String value = colon < 0 ? "" : h.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        if (name.equalsIgnoreCase("Content-Length")) {
          length = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
          chunked = value.contains("chunked");
        } else if (name.equalsIgnoreCase("Connection")) {
          close = value.contains("close");
        }
      }
      if (chunked) {
        for (long size; (size = Long.parseLong(line().split(";", 2)[0].trim(), 16)) > 0; ) {
          skip(size);
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (length >= 0) {
        skip(length);
      } else if (status >= 200 && status != 204 && status != 304) {
        while (in.read() >= 0) {
          // a body that ends with the connection
        }
        close = true;
      }
      if (close) {
        close();
      }
      return status;
    }

    private String line() throws IOException {
      StringBuilder sb = new StringBuilder(64);
      for (int c; (c = in.read()) != '\n'; ) {
        if (c < 0) {
          throw new EOFException("connection closed inside a response");
        }
        if (c != '\r') {
          sb.append((char) c);
        }
      }
      return sb.toString();
    }

    private void skip(long n) throws IOException {
      while (n > 0) {
        long k = in.skip(n);
        if (k <= 0) {
          if (in.read() < 0) {
            throw new EOFException("connection closed inside a body");
          }
          k = 1;
        }
        n -= k;
      }
    }

    void close() {
      Socket s = socket;
      socket = null;
      if (s != null) {
        try {
          s.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }
  }

  private static String fill(String template, long n, String uuid) {
    return uuid == null
        ? template
        : template.replace("${n}", Long.toString(n)).replace("${uuid}", uuid);
  }

  private static String object(Map<?, Long> m) {
    return m.entrySet().stream()
        .map(e -> quote(String.valueOf(e.getKey())) + ":" + e.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        q.append('\\').append(c);
      } else {
        q.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return q.append('"').toString();
  }

  /**
   * Parses {@code --key value} arguments, runs, prints the summary; exits 0 if ok, 1 on failures, 2
   * on usage.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> a = new TreeMap<>();
    Options o;
    try {
      List<String> headers = new ArrayList<>();
      for (int i = 0; i < args.length; i += 2) {
        String key = args[i].startsWith("--") ? args[i].substring(2) : "";
        if (i + 1 == args.length
            || !(key.equals("header") || KEYS.contains(key))
            || a.containsKey(key)) {
          throw new IllegalArgumentException("unknown, repeated or valueless option: " + args[i]);
        } else if (!key.equals("header")) {
          a.put(key, args[i + 1]);
        } else if (args[i + 1].indexOf(':') > 0) {
          headers.add(args[i + 1]);
        } else {
          throw new IllegalArgumentException("not 'Name: value': " + args[i + 1]);
        }
      }
      if (!a.containsKey("url")) {
        throw new IllegalArgumentException("--url is required");
      }
      String body =
          a.containsKey("body-file") ? Files.readString(Path.of(a.get("body-file"))) : null;
      List<String> bodies =
          a.containsKey("bodies-file")
              ? Files.readAllLines(Path.of(a.get("bodies-file")), StandardCharsets.UTF_8).stream()
                  .filter(l -> !l.isBlank())
                  .toList()
              : List.of();
      o =
          new Options(
              URI.create(a.get("url")),
              a.getOrDefault("method", "GET").toUpperCase(Locale.ROOT),
              body,
              headers,
              Integer.parseInt(a.getOrDefault("concurrency", "10")),
              seconds(a.getOrDefault("warmup", "0")),
              seconds(a.getOrDefault("duration", "10")),
              Long.parseLong(a.getOrDefault("max-requests", "0")),
              Integer.parseInt(a.getOrDefault("expect", "0")),
              a.get("label"),
              bodies,
              Double.parseDouble(a.getOrDefault("rate", "0")));
      validate(o);
    } catch (IOException | RuntimeException e) {
      System.err.println("HttpLoad: " + e + "\n" + USAGE);
      System.exit(2);
      return;
    }
    Result r = run(o);
    System.out.print(r.summary());
    if (a.containsKey("json-out")) {
      Files.writeString(Path.of(a.get("json-out")), r.toJson());
    }
    System.exit(r.ok() ? 0 : 1);
  }

  private static Duration seconds(String s) {
    return Duration.ofNanos(Math.round(Double.parseDouble(s) * 1e9));
  }
}
