package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.core.startup.PortalStarted;

/**
 * Start-up work of the identity feature: the bootstrap administrator from {@code
 * KENTSESI_ADMIN_PASSWORD} and, in demo mode, the demo staff accounts. There is no default password
 * anywhere.
 */
@ApplicationScoped
public class IdentityStartup {

  private static final Logger LOG = Logger.getLogger(IdentityStartup.class.getName());

  @Inject AccountService accounts;

  @Inject IdentityDemoData demo;

  void onStart(@Observes @Priority(200) PortalStarted started) {
    var password = IdentitySettings.ADMIN_PASSWORD.get();
    if (password.isPresent()) {
      if (accounts.bootstrapAdmin(password.get())) {
        LOG.info("Administrator account 'admin' created from KENTSESI_ADMIN_PASSWORD.");
      }
    } else if (!accounts.hasActiveAdmin()) {
      LOG.warning(
          "There is no administrator: set KENTSESI_ADMIN_PASSWORD and restart to create account 'admin'.");
    }
    if (started.demo()) {
      int created = demo.seedStaff();
      if (created > 0) {
        LOG.info(
            "Demo mode: "
                + created
                + " demo staff accounts created (password in the README, demo use only).");
      }
    }
  }
}
