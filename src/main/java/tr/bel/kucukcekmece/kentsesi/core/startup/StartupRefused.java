package tr.bel.kucukcekmece.kentsesi.core.startup;

/**
 * Thrown by start-up work when the portal must not run as configured (for example without the
 * contact data key outside demo mode). The process logs the reason in one line and exits with
 * status 4.
 */
public class StartupRefused extends RuntimeException {
  public StartupRefused(String reason) {
    super(reason);
  }
}
