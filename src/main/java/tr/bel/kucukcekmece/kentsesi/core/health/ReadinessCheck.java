package tr.bel.kucukcekmece.kentsesi.core.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import tr.bel.kucukcekmece.kentsesi.core.persistence.DataSourceConfiguration;
import tr.bel.kucukcekmece.kentsesi.core.startup.StartupState;

/** Ready only when start-up work is done and the database answers now. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Inject
  StartupState state;

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("kentsesi");
    if (!state.isReady()) {
      return builder.down().withData("reason", state.reason()).build();
    }
    try (Connection c = dataSource.getConnection()) {
      if (!c.isValid(2)) {
        return builder.down().withData("reason", "database does not answer").build();
      }
    } catch (SQLException e) {
      return builder.down().withData("reason", "database unreachable").build();
    }
    return builder.up().withData("database", "up").build();
  }
}
