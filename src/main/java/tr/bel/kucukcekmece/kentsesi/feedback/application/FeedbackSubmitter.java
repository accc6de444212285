package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tr.bel.kucukcekmece.kentsesi.core.persistence.GroupCommit;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.feedback.TrackingCode;
import tr.bel.kucukcekmece.kentsesi.feedback.application.FeedbackIntake.Prepared;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Channel;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;

/**
 * Submits feedback with a durable group commit. The caller's thread checks the submission ({@link
 * FeedbackIntake#prepare}); writer threads then store whatever submissions have queued up in one
 * transaction ({@link FeedbackIntake#store}), and each caller is answered only after the
 * transaction holding its submission has committed. So a 201 always means the submission is in the
 * database, while many submissions share one WAL flush and one update per rollup cell.
 *
 * <p>Uniqueness is settled at commit instead of being checked first: when a batch fails, each of
 * its submissions is stored on its own, and there a clash on the idempotency key returns the first
 * submission of that key (a retried request, recognised by the fingerprint of its content; the same
 * key with another content is refused with 422), while the one-in-a-million tracking-code clash is
 * tried again with a new code.
 *
 * <p>Settings ({@link FeedbackSettings}): {@code kentsesi.feedback.writers} writer threads (default
 * 2) and {@code kentsesi.feedback.batchMax} submissions per transaction at most (default 100).
 */
@ApplicationScoped
public class FeedbackSubmitter {

  private static final int ATTEMPTS = 3;
  private static final long WAIT_SECONDS = 60;

  @Inject FeedbackIntake intake;

  @Resource ManagedThreadFactory threads;

  /**
   * The result of a submission; {@code replayed} when an Idempotency-Key returned an earlier one.
   */
  public record Submitted(Feedback feedback, boolean replayed) {}

  private GroupCommit<Prepared, Submitted> writer;

  @PostConstruct
  void start() {
    writer =
        new GroupCommit<>(
            "feedback-writer",
            threads,
            FeedbackSettings.WRITERS.get(),
            FeedbackSettings.BATCH_MAX.get(),
            this::storeBatch,
            this::storeOne);
  }

  @PreDestroy
  void stop() {
    writer.close();
  }

  /**
   * Checks and stores a submission; returns once it is committed. Field errors are thrown before
   * any waiting.
   */
  public Submitted submit(Submission s, Channel channel, String actor, String idempotencyKey) {
    Prepared prepared = intake.prepare(s, channel, actor, idempotencyKey);
    try {
      return writer.submit(prepared).get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof GroupCommit.Closed) {
        throw ApiException.unavailable("submission-not-stored", 30);
      }
      throw unchecked(e.getCause());
    } catch (TimeoutException e) {
      // Not answered 201: the citizen retries with the same Idempotency-Key and gets the first
      // result if it landed.
      throw ApiException.unavailable("submission-not-stored", 10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("submission-not-stored", 10);
    }
  }

  /**
   * The writer's failure as the request's. A failed commit comes as a TransactionalException, which
   * Jersey's own mapper for it answers with a bare 500 before the portal's mappers see it (a
   * database outage in the middle of a commit was a 500, not a 503): it is passed on wrapped, so
   * that the portal's mappers judge its cause.
   */
  static RuntimeException unchecked(Throwable failure) {
    if (failure instanceof RuntimeException r
        && !(r instanceof jakarta.transaction.TransactionalException)) {
      return r;
    }
    return new IllegalStateException("the submission was not stored", failure);
  }

  private List<Submitted> storeBatch(List<Prepared> batch) {
    intake.store(batch);
    List<Submitted> results = new ArrayList<>(batch.size());
    batch.forEach(p -> results.add(new Submitted(p.feedback(), false)));
    return results;
  }

  private Submitted storeOne(Prepared p) {
    for (int attempt = 1; ; attempt++) {
      try {
        intake.store(List.of(p));
        return new Submitted(p.feedback(), false);
      } catch (RuntimeException e) {
        if (!isUniqueViolation(e) || attempt >= ATTEMPTS) {
          throw e;
        }
        String key = p.feedback().idempotencyKey();
        if (key != null) {
          Optional<Feedback> first = intake.byIdempotencyKey(key);
          if (first.isPresent()) {
            String fingerprint = first.get().idempotencyFingerprint();
            if (fingerprint != null && !fingerprint.equals(p.feedback().idempotencyFingerprint())) {
              // The key was used before for another request: answering the first result would hide
              // that.
              throw new ApiException(422, "idempotency-key-reused");
            }
            return new Submitted(first.get(), true);
          }
        }
        p.feedback().newTrackingCode(TrackingCode.generate());
      }
    }
  }

  /**
   * SQLSTATE 23505 (unique violation) anywhere in the chain, as PostgreSQL and H2 both report it.
   */
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
