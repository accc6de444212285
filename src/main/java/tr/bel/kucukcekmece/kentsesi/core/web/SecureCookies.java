package tr.bel.kucukcekmece.kentsesi.core.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * Marks the session cookie {@code Secure} when the public URL is https: behind a TLS-terminating
 * proxy the container sees plain HTTP and would not do so by itself.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (CoreSettings.publicHttps()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}
