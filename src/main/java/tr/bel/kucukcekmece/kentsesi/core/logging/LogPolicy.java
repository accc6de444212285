package tr.bel.kucukcekmece.kentsesi.core.logging;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * Puts {@link RepeatedFaults} in front of every handler of the server's root logger while the
 * portal is deployed (the pool's and EclipseLink's records pass there too, not only the portal's),
 * and writes the counts of what it held back every few seconds. The interval is {@code
 * kentsesi.log.repeatSeconds} (default 60).
 */
@ApplicationScoped
public class LogPolicy {

  private static final Logger LOG = Logger.getLogger(RepeatedFaults.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  private final Map<Handler, Filter> previous = new IdentityHashMap<>();
  private ScheduledFuture<?> reporting;

  void onDeploy(@Observes @Initialized(ApplicationScoped.class) Object context) {
    int seconds = CoreSettings.LOG_REPEAT_SECONDS.get();
    RepeatedFaults faults = new RepeatedFaults(TimeUnit.SECONDS.toNanos(seconds), System::nanoTime);
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      Filter before = handler.getFilter();
      previous.put(handler, before);
      handler.setFilter(
          before == null ? faults : r -> before.isLoggable(r) && faults.isLoggable(r));
    }
    long period = Math.max(1, Math.min(10, seconds / 2));
    reporting =
        scheduler.scheduleWithFixedDelay(
            () -> faults.summaries().forEach(LOG::warning), period, period, TimeUnit.SECONDS);
  }

  @PreDestroy
  void restore() {
    if (reporting != null) {
      reporting.cancel(false);
    }
    previous.forEach(Handler::setFilter);
    previous.clear();
  }
}
