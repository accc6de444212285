package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Channel;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;

/**
 * Submits feedback and settles uniqueness afterwards instead of checking it first: when the commit fails on a
 * unique key, a retried request (same Idempotency-Key) gets its first submission back, and the one-in-a-million
 * tracking-code clash is tried again with a new code. Outside the transaction on purpose: each try is its own.
 */
@ApplicationScoped
public class FeedbackSubmitter {

  private static final int ATTEMPTS = 3;

  @Inject
  FeedbackService feedback;

  public FeedbackService.Submitted submit(Submission s, Channel channel, String actor, String idempotencyKey) {
    for (int attempt = 1; ; attempt++) {
      try {
        return feedback.submit(s, channel, actor, idempotencyKey);
      } catch (RuntimeException e) {
        if (!isUniqueViolation(e) || attempt >= ATTEMPTS) {
          throw e;
        }
        if (idempotencyKey != null) {
          Optional<Feedback> first = feedback.byIdempotencyKey(idempotencyKey);
          if (first.isPresent()) {
            return new FeedbackService.Submitted(first.get(), true);
          }
        }
      }
    }
  }

  /** SQLSTATE 23505 (unique violation) anywhere in the chain, as PostgreSQL and H2 both report it. */
  static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException x = sql; x != null; x = x.getNextException()) {
          if ("23505".equals(x.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
