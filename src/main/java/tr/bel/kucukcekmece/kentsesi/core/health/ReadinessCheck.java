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

/**
 * Ready only when start-up work is done and the database answers now through both pools a request
 * uses (the transactional one and the one that reserves ids), so that readiness never says UP while
 * submissions fail.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = DataSourceConfiguration.SEQUENCE_JNDI_NAME)
  DataSource sequences;

  @Inject StartupState state;

  @Override
  public HealthCheckResponse call() {
    var builder = HealthCheckResponse.named("kentsesi");
    if (!state.isReady()) {
      return builder.down().withData("reason", state.reason()).build();
    }
    if (!answers(dataSource) || !answers(sequences)) {
      return builder.down().withData("reason", "database unreachable").build();
    }
    return builder.up().withData("database", "up").build();
  }

  private static boolean answers(DataSource pool) {
    try (Connection c = pool.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
