package tr.bel.kucukcekmece.kentsesi.core.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  private static Throwable wrapped(SQLException root) {
    return new CompletionException(new PersistenceException("store failed", root));
  }

  @Test
  void aServerThatEndsOrRefusesSessionsIsUnavailableNotABug() {
    // the database stopped while a batch was being written: 500 before, 503 with Retry-After now
    assertTrue(
        ProblemMappers.databaseUnavailable(
            wrapped(
                new SQLException(
                    "FATAL: terminating connection due to administrator command", "57P01"))));
    assertTrue(
        ProblemMappers.databaseUnavailable(
            wrapped(new SQLException("FATAL: the database system is starting up", "57P03"))));
    assertTrue(
        ProblemMappers.databaseUnavailable(
            wrapped(new SQLException("This connection has been closed.", "08003"))));
    assertTrue(
        ProblemMappers.databaseUnavailable(wrapped(new SQLException("too many clients", "53300"))));
  }

  @Test
  void aCommitThatFailsOnADeadConnectionIsUnavailable() throws Exception {
    // the database stopped during a commit (a resilience outage run): the transaction manager's
    // SystemException
    // holds the XAException of the connection that was no longer usable
    jakarta.transaction.SystemException system = new jakarta.transaction.SystemException();
    system.initCause(
        new javax.transaction.xa.XAException(
            "jakarta.resource.ResourceException: This Managed "
                + "Connection is not valid as the physical connection is not usable"));
    assertTrue(
        ProblemMappers.databaseUnavailable(
            new IllegalStateException(
                "not stored",
                new jakarta.transaction.TransactionalException("commit failed", system))));
  }

  @Test
  void otherDatabaseErrorsAreNotTakenForAnOutage() {
    assertFalse(
        ProblemMappers.databaseUnavailable(wrapped(new SQLException("duplicate key", "23505"))));
    assertFalse(
        ProblemMappers.databaseUnavailable(wrapped(new SQLException("syntax error", "42601"))));
    assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException("a bug")));
  }
}
