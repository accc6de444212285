package tr.bel.kucukcekmece.kentsesi.core.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the pooled datasource the persistence unit uses; the physical database is chosen at run time. */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "tr.bel.kucukcekmece.kentsesi.core.persistence.KentSesiDataSource",
    minPoolSize = 0,
    initialPoolSize = 0,
    maxPoolSize = 40,
    maxIdleTime = 300)
@ApplicationScoped
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/kentsesi";
}
