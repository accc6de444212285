package tr.bel.kucukcekmece.kentsesi.catalog.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.catalog.domain.CatalogFile;
import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.startup.PortalStarted;

/**
 * The catalog as the rest of the portal sees it (through {@link Catalog}). At start it loads the
 * versioned catalog files (shipped in the application, or the files named by {@code
 * KENTSESI_CATALOG_FILE} / {@code KENTSESI_HOLIDAYS_FILE}) into the database when their content
 * changed, then keeps an in-memory snapshot.
 */
@ApplicationScoped
public class CatalogService implements Catalog {

  private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());
  static final String CATALOG_RESOURCE = "catalog/catalog.json";
  static final String HOLIDAYS_RESOURCE = "catalog/holidays.json";

  @Inject CatalogImporter importer;

  private volatile CatalogSnapshot snapshot = CatalogSnapshot.empty();

  void onStart(@Observes @Priority(100) PortalStarted started) {
    load();
  }

  /**
   * Loads the catalog files if their content differs from what the database holds, then refreshes
   * the snapshot.
   */
  public void load() {
    byte[] catalogBytes = read(CatalogSettings.CATALOG_FILE, CATALOG_RESOURCE);
    byte[] holidayBytes = read(CatalogSettings.HOLIDAYS_FILE, HOLIDAYS_RESOURCE);
    String hash = sha256(catalogBytes, holidayBytes);
    if (!importer.isCurrent(hash)) {
      CatalogFile.Catalog catalog =
          CatalogFile.parseCatalog(new ByteArrayInputStream(catalogBytes));
      List<CatalogFile.HolidayEntry> holidays =
          CatalogFile.parseHolidays(new ByteArrayInputStream(holidayBytes));
      importer.importAll(catalog, holidays, hash);
      LOG.info(
          () ->
              "Catalog "
                  + catalog.version()
                  + " loaded: "
                  + catalog.departments().size()
                  + " departments, "
                  + catalog.departments().stream().mapToInt(d -> d.services().size()).sum()
                  + " services, "
                  + catalog.neighbourhoods().size()
                  + " neighbourhoods, "
                  + holidays.size()
                  + " holidays.");
    }
    snapshot = importer.readSnapshot();
  }

  @Override
  public CatalogSnapshot snapshot() {
    return snapshot;
  }

  @Override
  public LocalDate serviceDueDate(PublicService service, LocalDate day) {
    return snapshot.calendar().dueDate(day, service.responseDays(), service.workingDays());
  }

  private static byte[] read(Setting<Optional<Path>> setting, String resource) {
    try {
      var file = setting.get();
      if (file.isPresent()) {
        return Files.readAllBytes(file.get());
      }
      try (InputStream in = CatalogService.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("catalog resource missing: " + resource);
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog file", e);
    }
  }

  private static String sha256(byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        md.update(p);
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
