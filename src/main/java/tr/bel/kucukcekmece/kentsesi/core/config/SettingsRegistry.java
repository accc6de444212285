package tr.bel.kucukcekmece.kentsesi.core.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every registered {@link SettingGroup} and its settings, and which of them hold a value the portal
 * cannot use.
 */
public final class SettingsRegistry {

  private SettingsRegistry() {}

  /** The groups named in {@code META-INF/services}, in the order found. */
  public static List<SettingGroup> groups() {
    List<SettingGroup> groups = new ArrayList<>();
    ServiceLoader.load(SettingGroup.class, SettingGroup.class.getClassLoader())
        .forEach(groups::add);
    return groups;
  }

  /** Every registered setting; a key registered twice is a programming error. */
  public static List<Setting<?>> all() {
    List<Setting<?>> all = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (SettingGroup group : groups()) {
      for (Setting<?> setting : group.settings()) {
        if (!keys.add(setting.key())) {
          throw new IllegalStateException(
              "configuration key " + setting.key() + " is registered twice");
        }
        all.add(setting);
      }
    }
    return all;
  }

  /**
   * Reads every registered setting and returns those whose configured value is malformed; empty
   * when all are fine.
   */
  public static List<InvalidSetting> problems() {
    List<InvalidSetting> problems = new ArrayList<>();
    for (Setting<?> setting : all()) {
      try {
        setting.get();
      } catch (InvalidSetting e) {
        problems.add(e);
      }
    }
    return problems;
  }
}
