package tr.bel.kucukcekmece.kentsesi.core.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * All JSON APIs live under {@code /api}. No WADL: {@code /api/application.wadl} is not served, and
 * {@code OPTIONS} answers 204 with the {@code Allow} header only.
 */
@ApplicationPath("/api")
public class KentSesiApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
