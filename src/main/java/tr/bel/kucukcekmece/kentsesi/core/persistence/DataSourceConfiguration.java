package tr.bel.kucukcekmece.kentsesi.core.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the pooled datasources the persistence unit uses; the physical database is chosen at run
 * time.
 *
 * <p>Both pools check a connection ({@link java.sql.Connection#isValid}) each time they hand it
 * out, and the first one found dead makes the pool close all the others: after a database restart
 * the next request gets a fresh connection instead of the pool handing out dead ones until they
 * idle out (that took about 530 s before). The check is one round trip on a local connection (tens
 * of microseconds on loopback).
 */
@DataSourceDefinition(
    name = DataSourceConfiguration.JNDI_NAME,
    className = "tr.bel.kucukcekmece.kentsesi.core.persistence.KentSesiDataSource",
    minPoolSize = 0,
    initialPoolSize = 0,
    maxPoolSize = 64,
    maxIdleTime = 300,
    properties = {
      DataSourceConfiguration.VALIDATE,
      DataSourceConfiguration.VALIDATION_METHOD,
      DataSourceConfiguration.VALIDATOR,
      DataSourceConfiguration.FAIL_ALL
    })
@DataSourceDefinition(
    name = DataSourceConfiguration.SEQUENCE_JNDI_NAME,
    className = "tr.bel.kucukcekmece.kentsesi.core.persistence.KentSesiDataSource",
    transactional = false,
    minPoolSize = 0,
    initialPoolSize = 0,
    maxPoolSize = 4,
    maxIdleTime = 300,
    properties = {
      DataSourceConfiguration.VALIDATE,
      DataSourceConfiguration.VALIDATION_METHOD,
      DataSourceConfiguration.VALIDATOR,
      DataSourceConfiguration.FAIL_ALL
    })
@ApplicationScoped
public class DataSourceConfiguration {
  public static final String JNDI_NAME = "java:app/jdbc/kentsesi";

  /**
   * A small non-transactional pool of its own for id blocks, so that fetching the next block never
   * waits for a connection held by a request that itself waits for an id.
   */
  public static final String SEQUENCE_JNDI_NAME = "java:app/jdbc/kentsesi-sequences";

  // Payara's pool settings for @DataSourceDefinition (the "fish.payara." properties of its
  // deployer)
  static final String VALIDATE = "fish.payara.is-connection-validation-required=true";
  static final String VALIDATION_METHOD =
      "fish.payara.connection-validation-method=custom-validation";
  static final String VALIDATOR =
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation";
  static final String FAIL_ALL = "fish.payara.fail-all-connections=true";
}
