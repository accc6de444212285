package tr.bel.kucukcekmece.kentsesi.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting declared in the code is registered, once, and the check finds a malformed value
 * among them.
 */
class SettingsRegistryTest {

  @Test
  void everyClassDeclaringASettingIsARegisteredGroup() throws IOException, URISyntaxException {
    Path classes =
        Path.of(Setting.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> declaring = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
        if (declaresSetting(name)) {
          declaring.add(name);
        }
      }
    }
    Set<String> registered =
        SettingsRegistry.groups().stream()
            .map(g -> g.getClass().getName())
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(declaring.size() >= 6, "core and the five features with settings: " + declaring);
    assertEquals(
        declaring,
        registered,
        "name each class with Setting fields in META-INF/services/" + SettingGroup.class.getName());
  }

  private static boolean declaresSetting(String className) {
    try {
      Class<?> type = Class.forName(className, false, Setting.class.getClassLoader());
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == Setting.class && Modifier.isStatic(field.getModifiers())) {
          assertTrue(
              Modifier.isPublic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()),
              field + " should be public static final, so its group lists it");
          return true;
        }
      }
      return false;
    } catch (ClassNotFoundException | LinkageError e) {
      throw new AssertionError("cannot inspect " + className, e);
    }
  }

  @Test
  void everyKeyIsRegisteredOnce() {
    List<Setting<?>> all = SettingsRegistry.all();
    Set<String> keys = all.stream().map(Setting::key).collect(Collectors.toSet());
    assertEquals(all.size(), keys.size());
    assertTrue(
        keys.containsAll(
            List.of(
                "kentsesi.db.url",
                "kentsesi.login.maxFailures",
                "kentsesi.contact.key",
                "kentsesi.assistant.threshold",
                "kentsesi.proposals.threshold",
                "kentsesi.catalog.file",
                "KENTSESI_METRICS_PORT")),
        keys.toString());
  }

  @Test
  void theCheckNamesEveryMalformedKeyWithItsValue() {
    System.setProperty("kentsesi.login.maxFailures", "abc");
    System.setProperty("kentsesi.public.url", "kentsesi.example.org");
    System.setProperty("kentsesi.demo", "maybe");
    try {
      List<String> problems =
          SettingsRegistry.problems().stream().map(InvalidSetting::getMessage).toList();
      assertTrue(
          problems.contains(
              "kentsesi.login.maxFailures (KENTSESI_LOGIN_MAXFAILURES) is \"abc\": expected a "
                  + "whole number from 1 to 1000"),
          problems.toString());
      assertTrue(
          problems.stream()
              .anyMatch(
                  p ->
                      p.startsWith(
                          "kentsesi.public.url (KENTSESI_PUBLIC_URL) is "
                              + "\"kentsesi.example.org\": expected an absolute http or https URL")),
          problems.toString());
      assertTrue(
          problems.contains("kentsesi.demo (KENTSESI_DEMO) is \"maybe\": expected true or false"),
          problems.toString());
    } finally {
      System.clearProperty("kentsesi.login.maxFailures");
      System.clearProperty("kentsesi.public.url");
      System.clearProperty("kentsesi.demo");
    }
    assertTrue(
        SettingsRegistry.problems().stream()
            .noneMatch(p -> p.getMessage().startsWith("kentsesi.login.")),
        "fine again once the value is gone");
  }
}
