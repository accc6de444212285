package tr.bel.kucukcekmece.kentsesi.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogFileTest {

  private static InputStream resource(String name) {
    return CatalogFileTest.class.getClassLoader().getResourceAsStream(name);
  }

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shippedCatalogHasThe25DepartmentsAndThe21Neighbourhoods() {
    CatalogFile.Catalog catalog = CatalogFile.parseCatalog(resource("catalog/catalog.json"));
    Set<String> codes =
        catalog.departments().stream()
            .map(CatalogFile.DepartmentEntry::code)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "AFET",
            "BASIN",
            "BILGI",
            "DESTEK",
            "EMLAK",
            "FEN",
            "HUKUK",
            "IKLIM",
            "IMAR",
            "IK",
            "KENTSEL",
            "KULTUR",
            "MALI",
            "MUHTARLIK",
            "PARK",
            "PLAN",
            "RUHSAT",
            "SAGLIK",
            "SOSYAL",
            "SPOR",
            "STRATEJI",
            "TEMIZLIK",
            "VETERINER",
            "YAZI",
            "ZABITA"),
        codes);
    List<String> names =
        catalog.neighbourhoods().stream().map(CatalogFile.NeighbourhoodEntry::name).toList();
    assertEquals(
        List.of(
            "Atakent",
            "Atatürk",
            "Beşyol",
            "Cennet",
            "Cumhuriyet",
            "Fatih",
            "Fevzi Çakmak",
            "Gültepe",
            "Halkalı Merkez",
            "İnönü",
            "İstasyon",
            "Kanarya",
            "Kartaltepe",
            "Kemalpaşa",
            "Mehmet Akif",
            "Söğütlü Çeşme",
            "Sultan Murat",
            "Tevfikbey",
            "Yarımburgaz",
            "Yeni Mahalle",
            "Yeşilova"),
        names);
  }

  @Test
  void everyDepartmentOffersServicesWithAServiceStandard() {
    CatalogFile.Catalog catalog = CatalogFile.parseCatalog(resource("catalog/catalog.json"));
    for (CatalogFile.DepartmentEntry d : catalog.departments()) {
      assertFalse(d.services().isEmpty(), d.code() + " has no services");
      assertTrue(d.name().tr().endsWith("Müdürlüğü"), d.code());
      for (CatalogFile.ServiceEntry s : d.services()) {
        assertTrue(s.code().startsWith(d.code() + "-"), s.code());
        assertTrue(s.responseDays() >= 1 && s.responseDays() <= 365, s.code());
        assertFalse(s.name().en().isBlank(), s.code());
      }
    }
    long services = catalog.departments().stream().mapToLong(d -> d.services().size()).sum();
    assertTrue(services >= 60, "a realistic catalog lists many services, got " + services);
  }

  @Test
  void shippedHolidaysCoverTheFixedNationalHolidaysEveryYear() {
    List<CatalogFile.HolidayEntry> holidays =
        CatalogFile.parseHolidays(resource("catalog/holidays.json"));
    Set<LocalDate> dates =
        holidays.stream().map(CatalogFile.HolidayEntry::date).collect(Collectors.toSet());
    for (int year = 2024; year <= 2028; year++) {
      for (MonthDay md :
          List.of(
              MonthDay.of(1, 1),
              MonthDay.of(4, 23),
              MonthDay.of(5, 1),
              MonthDay.of(5, 19),
              MonthDay.of(7, 15),
              MonthDay.of(8, 30),
              MonthDay.of(10, 29))) {
        assertTrue(dates.contains(md.atYear(year)), md.atYear(year) + " missing");
      }
    }
    assertTrue(
        holidays.stream()
            .anyMatch(h -> h.date().equals(LocalDate.of(2026, 10, 28)) && h.halfDay()));
  }

  @Test
  void duplicateCodesAreRejected() {
    String text =
        """
        {"version":"t","departments":[
          {"code":"A","name":{"tr":"A","en":"A"},"services":[]},
          {"code":"A","name":{"tr":"B","en":"B"},"services":[]}],
         "neighbourhoods":[]}""";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CatalogFile.parseCatalog(json(text)));
    assertTrue(e.getMessage().contains("duplicate department code A"), e.getMessage());
  }

  @Test
  void badServiceStandardsAndCodesAreRejected() {
    String zeroDays =
        """
        {"version":"t","departments":[{"code":"A","name":{"tr":"A","en":"A"},"services":[
          {"code":"A-X","name":{"tr":"x","en":"x"},"responseDays":0}]}],"neighbourhoods":[]}""";
    assertThrows(IllegalArgumentException.class, () -> CatalogFile.parseCatalog(json(zeroDays)));
    String lowerCase =
        """
        {"version":"t","departments":[{"code":"fen","name":{"tr":"A","en":"A"},"services":[]}],"neighbourhoods":[]}""";
    assertThrows(IllegalArgumentException.class, () -> CatalogFile.parseCatalog(json(lowerCase)));
    String missingEnglish =
        """
        {"version":"t","departments":[{"code":"A","name":{"tr":"A"},"services":[]}],"neighbourhoods":[]}""";
    assertThrows(
        IllegalArgumentException.class, () -> CatalogFile.parseCatalog(json(missingEnglish)));
  }

  @Test
  void badHolidayDatesAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CatalogFile.parseHolidays(
                json(
                    "{\"holidays\":[{\"date\":\"2026-13-01\",\"name\":{\"tr\":\"x\",\"en\":\"x\"}}]}")));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CatalogFile.parseHolidays(
                json(
                    "{\"holidays\":[{\"date\":\"2026-01-01\",\"name\":{\"tr\":\"x\",\"en\":\"x\"}},"
                        + "{\"date\":\"2026-01-01\",\"name\":{\"tr\":\"y\",\"en\":\"y\"}}]}")));
  }
}
