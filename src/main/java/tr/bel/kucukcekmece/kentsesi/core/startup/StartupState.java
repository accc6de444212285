package tr.bel.kucukcekmece.kentsesi.core.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up work has finished, and if not, why the portal is not ready. */
@ApplicationScoped
public class StartupState {

  private volatile boolean ready;
  private volatile String reason = "starting";

  public boolean isReady() {
    return ready;
  }

  public String reason() {
    return reason;
  }

  void markReady() {
    reason = "ready";
    ready = true;
  }

  void markNotReady(String why) {
    ready = false;
    reason = why;
  }
}
