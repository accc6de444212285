package tr.bel.kucukcekmece.kentsesi.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment under test is the WAR the build produced, deployed at the context root like production. */
final class Deployments {

  private Deployments() {}

  static WebArchive portal() {
    File war = new File("target/kentsesi.war");
    if (!war.isFile()) {
      throw new IllegalStateException("target/kentsesi.war is missing: run the tests through 'mvn verify'");
    }
    return ShrinkWrap.create(WebArchive.class, "ROOT.war")
        .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
  }

  /** The bootstrap administrator's password the test servers start with (see the pom's it.common). */
  static final String ADMIN_PASSWORD = "Kent-Test-Passw0rd-9";

  /** The demo staff password (demo mode is on in the test servers). */
  static final String DEMO_PASSWORD = "Demo-Kent-2026";

  /** The in-process SMTP server the test servers send to (port from {@code kentsesi.it.smtpPort}), started. */
  static GreenMail startSmtp() {
    int port = Integer.parseInt(System.getProperty("kentsesi.it.smtpPort", "3025"));
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return smtp;
  }
}
