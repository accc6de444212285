package tr.bel.kucukcekmece.kentsesi.it;

import java.net.URL;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The second portal of a test run, for the tests that must reach a limit: one address gets 3
 * feedback submissions, 8 proposal actions of a kind a minute, 4 registrations and 3 password-reset
 * requests an hour (the shared portal sets them out of reach, since every test comes from
 * 127.0.0.1). The built WAR on H2, the limits held in memory, started once per JVM like {@link
 * SharedPortal} with the options of {@code kentsesi.it.limitsPortalOptions}. Its classes each reach
 * a different limit (AddressLimitsIT the per-address ones, RateLimitIT the submissions'), so they
 * do not depend on each other's order.
 */
final class LimitsPortal implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    SharedPortal.start(context, SharedPortal.Kind.LIMITS);
  }

  /**
   * The base URL of the limits portal, ending in a slash; the test class must extend with this
   * class.
   */
  static URL url() {
    return SharedPortal.url(SharedPortal.Kind.LIMITS);
  }
}
