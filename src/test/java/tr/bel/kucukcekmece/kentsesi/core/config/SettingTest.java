package tr.bel.kucukcekmece.kentsesi.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Parsing and validation of one setting: no malformed value ever becomes the default. */
class SettingTest {

  private static final String KEY = "kentsesi.test.value";

  @AfterEach
  void clear() {
    System.clearProperty(KEY);
  }

  private static <T> T with(String text, Setting<T> setting) {
    System.setProperty(KEY, text);
    return setting.get();
  }

  @Test
  void anUnsetOrBlankValueIsTheDefault() {
    Setting<Integer> n = Setting.integer(KEY, 5, 1, 10);
    assertEquals(5, n.get());
    assertFalse(n.isSet());
    assertEquals(5, with("   ", n), "blank counts as unset");
    assertEquals(7, with(" 7 ", n), "surrounding spaces are trimmed");
  }

  @Test
  void aMalformedNumberStopsWithTheKeyTheValueAndWhatWasExpected() {
    Setting<Integer> n = Setting.integer(KEY, 5, 1, 10);
    InvalidSetting e = assertThrows(InvalidSetting.class, () -> with("abc", n));
    assertEquals(
        "kentsesi.test.value (KENTSESI_TEST_VALUE) is \"abc\": expected a whole number from 1 to 10",
        e.getMessage());
    assertEquals(n, e.setting());
    assertThrows(InvalidSetting.class, () -> with("11", n), "above the range");
    assertThrows(InvalidSetting.class, () -> with("0", n), "below the range");
    assertThrows(InvalidSetting.class, () -> with("5.0", n), "not whole");
    assertThrows(InvalidSetting.class, () -> with("99999999999", n), "beyond int");
  }

  @Test
  void aChangedValueIsReadAgainAndAnUnchangedOneKept() {
    Setting<Integer> n = Setting.integer(KEY, 5, 1, 10);
    assertEquals(3, with("3", n));
    assertEquals(3, n.get());
    assertEquals(4, with("4", n));
    System.clearProperty(KEY);
    assertEquals(5, n.get());
  }

  @Test
  void flagsAcceptTrueFalseYesNoOneZeroAndNothingElse() {
    Setting<Boolean> flag = Setting.flag(KEY, false);
    assertTrue(with("TRUE", flag));
    assertTrue(with("yes", flag));
    assertTrue(with("1", flag));
    assertFalse(with("False", flag));
    assertFalse(with("no", flag));
    assertFalse(with("0", flag));
    InvalidSetting e = assertThrows(InvalidSetting.class, () -> with("ture", flag));
    assertTrue(e.getMessage().endsWith("is \"ture\": expected true or false"), e.getMessage());
  }

  @Test
  void decimalsStayInTheirRange() {
    Setting<Double> d = Setting.decimal(KEY, 0.4, 0, 1);
    assertEquals("a number from 0 to 1", d.expected());
    assertEquals("0.4", d.defaultText());
    assertEquals(0.55, with("0.55", d));
    assertThrows(InvalidSetting.class, () -> with("1.5", d));
    assertThrows(InvalidSetting.class, () -> with("NaN", d));
    assertThrows(
        InvalidSetting.class, () -> with("0,5", d), "a decimal comma is not a number here");
  }

  @Test
  void portsAreFromOneTo65535() {
    Setting<Integer> port = Setting.port(KEY, 25);
    assertEquals(2525, with("2525", port));
    assertThrows(InvalidSetting.class, () -> with("0", port));
    assertThrows(InvalidSetting.class, () -> with("65536", port));
  }

  @Test
  void pathsAreMadeAbsolute() {
    Setting<Path> dir = Setting.path(KEY, "data");
    assertEquals(Path.of("data").toAbsolutePath().normalize(), dir.get());
    assertEquals(Path.of("/srv/kentsesi"), with("/srv/kentsesi/./", dir));
    assertThrows(InvalidSetting.class, () -> with("bad\0path", dir));
  }

  @Test
  void aSecretValueIsNeverShown() {
    Setting<Optional<String>> secret =
        Setting.optional(
                KEY,
                "a long secret",
                text -> {
                  if (text.length() < 20) {
                    throw new Setting.Rejected("it is " + text.length() + " characters");
                  }
                  return text;
                })
            .secret();
    InvalidSetting e = assertThrows(InvalidSetting.class, () -> with("hunter2", secret));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertEquals(
        "kentsesi.test.value (KENTSESI_TEST_VALUE) is set to a value that is not shown (7 characters): "
            + "expected a long secret (it is 7 characters)",
        e.getMessage());
  }

  @Test
  void theValueIsShownOnOneLineShortAndWithoutAPassword() {
    Setting<Integer> n = Setting.integer(KEY, 5, 1, 10);
    InvalidSetting multiLine = assertThrows(InvalidSetting.class, () -> with("1\n2", n));
    assertTrue(multiLine.getMessage().contains("\"1?2\""), multiLine.getMessage());
    InvalidSetting longOne = assertThrows(InvalidSetting.class, () -> with("x".repeat(500), n));
    assertTrue(longOne.getMessage().contains("\"" + "x".repeat(80) + "…\""), longOne.getMessage());
    Setting<Optional<String>> postgres =
        Setting.optional(
            KEY,
            "a PostgreSQL URL",
            text -> {
              if (!text.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException();
              }
              return text;
            });
    InvalidSetting url =
        assertThrows(
            InvalidSetting.class,
            () -> with("jdbc:mysql://db/k?user=u&password=s3cret&ssl=true", postgres));
    assertFalse(url.getMessage().contains("s3cret"), url.getMessage());
    assertTrue(url.getMessage().contains("password=***&ssl=true"), url.getMessage());
  }

  @Test
  void anEnvironmentOnlySettingIgnoresSystemProperties() {
    Setting<Integer> port =
        Setting.port("KENTSESI_TEST_ONLY_IN_ENVIRONMENT", 9464).environmentOnly();
    System.setProperty("KENTSESI_TEST_ONLY_IN_ENVIRONMENT", "1234");
    try {
      assertEquals(9464, port.get());
      assertEquals("KENTSESI_TEST_ONLY_IN_ENVIRONMENT", port.environmentVariable());
    } finally {
      System.clearProperty("KENTSESI_TEST_ONLY_IN_ENVIRONMENT");
    }
  }

  @Test
  void aDefaultWorkedOutAtRunTimeIsDocumentedInWords() {
    Setting<Integer> n = Setting.integer(KEY, () -> 3, "three", 1, 10);
    assertEquals(3, n.get());
    assertEquals("three", n.defaultText());
    assertEquals(Setting.UNSET, Setting.text(KEY).defaultText());
  }
}
