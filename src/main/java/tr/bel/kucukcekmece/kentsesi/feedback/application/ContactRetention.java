package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.core.startup.PortalStarted;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;

/**
 * KVKK periodic destruction: contact data of submissions closed more than {@code
 * kentsesi.contact.retentionDays} (default 180) days ago is erased; the anonymous record stays for
 * statistics. Runs at start and then daily.
 */
@ApplicationScoped
public class ContactRetention {

  private static final Logger LOG = Logger.getLogger(ContactRetention.class.getName());

  @Inject FeedbackRetention erasure;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> job;

  void onStart(@Observes @Priority(400) PortalStarted started) {
    if (job == null) {
      job = scheduler.scheduleAtFixedRate(this::runQuietly, 1, 24 * 60, TimeUnit.MINUTES);
    }
  }

  public int retentionDays() {
    return FeedbackSettings.CONTACT_RETENTION_DAYS.get();
  }

  /** Erases contacts of submissions closed more than {@code days} days ago; returns how many. */
  public int run(int days, String actor) {
    int total = 0;
    int n;
    do {
      n = erasure.eraseContactsClosedBefore(Times.nowUtc().minusDays(days), actor);
      total += n;
    } while (n > 0 && n >= FeedbackRetention.BATCH);
    return total;
  }

  private void runQuietly() {
    try {
      int erased = run(retentionDays(), "system");
      if (erased > 0) {
        LOG.info("KVKK retention: contact data of " + erased + " closed submissions erased.");
      }
    } catch (RuntimeException e) {
      LOG.warning("KVKK retention run failed: " + e);
    }
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.cancel(false);
    }
  }
}
