package tr.bel.kucukcekmece.kentsesi.catalog.application;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.config.SettingGroup;

/** Configuration of the catalog: other catalog or holiday files than the shipped ones. */
public final class CatalogSettings implements SettingGroup {

  private static final String READABLE_FILE =
      "a readable file in the format of the shipped one (catalog/*.json)";

  public static final Setting<Optional<Path>> CATALOG_FILE =
      Setting.optional("kentsesi.catalog.file", READABLE_FILE, CatalogSettings::readableFile);
  public static final Setting<Optional<Path>> HOLIDAYS_FILE =
      Setting.optional("kentsesi.holidays.file", READABLE_FILE, CatalogSettings::readableFile);

  /** For the registry ({@link java.util.ServiceLoader}); the settings themselves are static. */
  public CatalogSettings() {}

  static Path readableFile(String text) {
    Path file;
    try {
      file = Path.of(text).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(e);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new Setting.Rejected("there is no readable file at " + file);
    }
    return file;
  }
}
