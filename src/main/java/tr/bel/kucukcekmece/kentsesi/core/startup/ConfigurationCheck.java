package tr.bel.kucukcekmece.kentsesi.core.startup;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.stream.Collectors;
import tr.bel.kucukcekmece.kentsesi.core.config.InvalidSetting;
import tr.bel.kucukcekmece.kentsesi.core.config.SettingsRegistry;

/**
 * The first start-up step: reads every registered setting (also those read lazily later) before any
 * other start-up work. A malformed value stops the start with one line naming the key, the value
 * and what was expected, and exit status 4, as for any refusal to start; the deployment is aborted
 * so nothing else runs with it.
 */
@ApplicationScoped
public class ConfigurationCheck {

  void onDeploy(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object context) {
    String problems = problems(SettingsRegistry.problems());
    if (problems != null) {
      StartupCoordinator.exitRefusing(problems);
      throw new StartupRefused(problems);
    }
  }

  /** The malformed settings in one line, or null when there are none. */
  static String problems(List<InvalidSetting> invalid) {
    return invalid.isEmpty()
        ? null
        : invalid.stream().map(InvalidSetting::getMessage).collect(Collectors.joining("; "));
  }
}
