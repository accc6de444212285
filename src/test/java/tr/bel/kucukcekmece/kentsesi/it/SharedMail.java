package tr.bel.kucukcekmece.kentsesi.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test SMTP server (GreenMail) of one test run: started once per JVM, on the port of {@code
 * kentsesi.it.smtpPort}, by the first class that extends with it (or with {@link SharedPortal}),
 * and stopped when the run ends. Every portal the tests start sends its mail here, so the mailbox
 * holds the mails of every test class: a test reads only the mails to a recipient address of its
 * own ({@link Citizens#newEmail}), never counts the whole mailbox.
 */
final class SharedMail implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedMail.class);
  private static volatile Server running;

  @Override
  public void beforeAll(ExtensionContext context) {
    start(context);
  }

  static void start(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Server.class, k -> new Server(), Server.class);
  }

  /**
   * The running server; the test class must extend with this class or with {@link SharedPortal}.
   */
  static GreenMail server() {
    Server s = running;
    if (s == null) {
      throw new IllegalStateException(
          "no test SMTP server: add @ExtendWith(SharedMail.class) to the test class");
    }
    return s.smtp;
  }

  /** The port the portals send to. */
  static int port() {
    return Integer.parseInt(System.getProperty("kentsesi.it.smtpPort", "3025"));
  }

  /** Closed with the root context's store at the end of the run. */
  private static final class Server implements AutoCloseable {
    final GreenMail smtp;

    Server() {
      smtp = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
      running = this;
    }

    @Override
    public void close() {
      running = null;
      smtp.stop();
    }
  }
}
