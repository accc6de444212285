package tr.bel.kucukcekmece.kentsesi.core.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the pooled datasources the persistence unit uses; the physical database is chosen at run time. */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "tr.bel.kucukcekmece.kentsesi.core.persistence.KentSesiDataSource",
    minPoolSize = 0,
    initialPoolSize = 0,
    maxPoolSize = 64,
    maxIdleTime = 300)
@DataSourceDefinition(
    name = DataSourceConfiguration.SEQUENCE_JNDI_NAME,
    className = "tr.bel.kucukcekmece.kentsesi.core.persistence.KentSesiDataSource",
    transactional = false,
    minPoolSize = 0,
    initialPoolSize = 0,
    maxPoolSize = 4,
    maxIdleTime = 300)
@ApplicationScoped
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/kentsesi";
  /**
   * A small non-transactional pool of its own for id blocks, so that fetching the next block never waits for a
   * connection held by a request that itself waits for an id.
   */
  public static final String SEQUENCE_JNDI_NAME = "java:app/jdbc/kentsesi-sequences";
}
