package tr.bel.kucukcekmece.kentsesi.core.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * A feature's settings: a class whose {@code public static final} {@link Setting} fields are that
 * feature's keys ({@code CoreSettings}, {@code FeedbackSettings}, …). Each group is named in {@code
 * META-INF/services/tr.bel.kucukcekmece.kentsesi.core.config.SettingGroup}, so that the start-up
 * check and the documentation test find every key without {@code core} knowing the features; a unit
 * test fails when a class declares a setting but is not named there.
 */
public interface SettingGroup {

  /**
   * The settings this group declares: its public static {@link Setting} fields, in declaration
   * order.
   */
  default List<Setting<?>> settings() {
    List<Setting<?>> settings = new ArrayList<>();
    for (Field field : getClass().getFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && field.getType() == Setting.class
          && field.getDeclaringClass() == getClass()) {
        try {
          settings.add((Setting<?>) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("setting " + field + " is not readable", e);
        }
      }
    }
    return settings;
  }
}
