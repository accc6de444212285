package tr.bel.kucukcekmece.kentsesi.feedback.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FeedbackSubmitterTest {

  @Test
  void aUniqueViolationIsRecognisedWhereverItIsWrapped() {
    SQLException unique =
        new SQLException("duplicate key value violates unique constraint", "23505");
    assertTrue(
        FeedbackSubmitter.isUniqueViolation(
            new RuntimeException(new IllegalStateException(unique))));
    BatchUpdateException batch =
        new BatchUpdateException("batch failed", null, 0, new int[0], null);
    batch.setNextException(unique);
    assertTrue(
        FeedbackSubmitter.isUniqueViolation(new RuntimeException(batch)),
        "the next exception of a batch");
  }

  @Test
  void aFailedCommitReachesThePortalsMappersWrappedOtherFailuresAsTheyAre() {
    jakarta.transaction.TransactionalException commit =
        new jakarta.transaction.TransactionalException(
            "commit failed", new jakarta.transaction.SystemException());
    RuntimeException passed = FeedbackSubmitter.unchecked(commit);
    assertFalse(
        passed instanceof jakarta.transaction.TransactionalException,
        "Jersey's own mapper would take it");
    assertSame(commit, passed.getCause());
    IllegalArgumentException other = new IllegalArgumentException("a field");
    assertSame(other, FeedbackSubmitter.unchecked(other));
    assertTrue(
        FeedbackSubmitter.unchecked(new Exception("checked")) instanceof IllegalStateException);
  }

  @Test
  void otherFailuresAreNot() {
    assertFalse(
        FeedbackSubmitter.isUniqueViolation(new RuntimeException(new SQLException("fk", "23503"))));
    assertFalse(FeedbackSubmitter.isUniqueViolation(new RuntimeException("no SQL at all")));
  }
}
