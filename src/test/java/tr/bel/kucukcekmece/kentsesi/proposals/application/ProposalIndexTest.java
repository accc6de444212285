package tr.bel.kucukcekmece.kentsesi.proposals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.Hit;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.ListQuery;
import tr.bel.kucukcekmece.kentsesi.proposals.application.ProposalIndex.ProposalDoc;

/** The proposals index on a small fixture: what is found, in which order, and what is not. */
class ProposalIndexTest {

  private ProposalIndex index;

  private static ProposalDoc doc(
      long id,
      String title,
      String body,
      String dept,
      String nbh,
      String state,
      boolean visible,
      long created,
      int supports,
      int trend) {
    return new ProposalDoc(
        id, title, body, dept, nbh, state, visible, created, supports, trend, null, "Yazar", 0);
  }

  @BeforeEach
  void fixture() {
    index = ProposalIndex.inMemory();
    index.upsert(
        doc(
            1,
            "Çöp konteynerleri sık boşaltılsın",
            "Sokağımızdaki çöp konteynerleri taşıyor.",
            "TEMIZLIK",
            "ATAKENT",
            "PUBLISHED",
            true,
            1000,
            5,
            0),
        false);
    index.upsert(
        doc(
            2,
            "Sahil boyunca bisiklet yolu",
            "Göl sahili boyunca güvenli bir bisiklet yolu yapılsın.",
            "FEN",
            "CENNET",
            "PUBLISHED",
            true,
            2000,
            50,
            1),
        false);
    index.upsert(
        doc(
            3,
            "Parka gölgelik",
            "Çocuk parkında gölgelik yok, yazın oyun alanı kullanılamıyor.",
            "PARK",
            "ATAKENT",
            "ACCEPTED",
            true,
            3000,
            20,
            9),
        false);
    index.upsert(
        doc(
            4,
            "Gizlenmiş bisiklet önerisi",
            "Bu öneri gizlendi: bisiklet yolu reklamı.",
            "FEN",
            "CENNET",
            "PUBLISHED",
            false,
            4000,
            99,
            9),
        false);
    index.upsert(
        doc(
            5,
            "Geri çekilen çöp önerisi",
            "Çöp kutusu istemiştim ama vazgeçtim.",
            "TEMIZLIK",
            null,
            "WITHDRAWN",
            true,
            5000,
            0,
            0),
        false);
    index.refreshNow();
  }

  private List<Long> ids(String q, String dept, String nbh, String state, String sort) {
    return index.list(new ListQuery(q, dept, nbh, state, sort, 1, 20)).hits().stream()
        .map(Hit::id)
        .toList();
  }

  @Test
  void searchIsTurkishAwareAndSkipsHiddenAndWithdrawnProposals() {
    assertEquals(List.of(1L), ids("COP KONTEYNER", null, null, null, "relevance"));
    assertEquals(List.of(1L), ids("çöpler", null, null, null, "relevance"));
    assertEquals(
        List.of(2L),
        ids("bisiklet", null, null, null, "relevance"),
        "the hidden one is not listed");
    assertEquals(
        List.of(5L),
        ids("çöp", null, null, "WITHDRAWN", "relevance"),
        "withdrawn only when asked for");
    assertEquals(List.of(), ids("tiyatro", null, null, null, "relevance"));
    assertEquals(
        List.of(), ids("çöp bisiklet", null, null, null, "relevance"), "every word must match");
    assertEquals(List.of(2L), ids("göl'de bisiklet", null, null, null, "relevance"));
  }

  @Test
  void filtersSortsAndPages() {
    assertEquals(List.of(3L, 1L), ids(null, null, "ATAKENT", null, "newest"));
    assertEquals(List.of(2L, 3L, 1L), ids(null, null, null, null, "supports"));
    assertEquals(List.of(3L, 2L, 1L), ids(null, null, null, null, "trending"));
    assertEquals(List.of(2L), ids(null, "FEN", null, null, "newest"));
    assertEquals(List.of(3L), ids(null, null, null, "ACCEPTED", "newest"));
    ProposalIndex.Page page2 = index.list(new ListQuery(null, null, null, null, "newest", 2, 2));
    assertEquals(3, page2.total());
    assertEquals(List.of(1L), page2.hits().stream().map(Hit::id).toList());
    ProposalIndex.Page first = index.list(new ListQuery(null, null, null, null, "supports", 1, 1));
    assertEquals(3, first.total(), "the total counts every hit, not only those the page needed");
    assertEquals(List.of(2L), first.hits().stream().map(Hit::id).toList());
    ProposalIndex.Page text = index.list(new ListQuery("çöp", null, null, null, "relevance", 1, 1));
    assertEquals(1, text.total());
  }

  @Test
  void similarProposalsComeFromTitleAndBody() {
    List<Long> similar =
        index.similar("Göl kıyısında bisiklet yolu olsun", 5, null).stream().map(Hit::id).toList();
    assertEquals(2L, similar.get(0));
    assertFalse(similar.contains(4L), "not hidden ones");
    assertFalse(similar.contains(5L), "not withdrawn ones");
    assertTrue(
        index.similar("Göl kıyısında bisiklet yolu olsun", 5, 2L).stream()
            .noneMatch(h -> h.id() == 2L));
    assertTrue(index.similar("", 5, null).isEmpty());
  }

  @Test
  void similarProposalsLeaveOutWordsFoundInMoreThanATenthOfAllProposals() {
    // 3,000 proposals all about "mahalle" and "belediye"; one of them also about a "kütüphane".
    for (long id = 100; id < 3100; id++) {
      index.upsert(
          doc(
              id,
              "Mahalle belediye önerisi " + id,
              "Mahalle için belediye bir çalışma yapsın " + id + ".",
              "FEN",
              null,
              "PUBLISHED",
              true,
              id,
              (int) (id % 7),
              0),
          false);
    }
    index.upsert(
        doc(
            4000,
            "Mahalle kütüphanesi",
            "Belediye mahalle kütüphanesini hafta sonu açsın.",
            "KULTUR",
            null,
            "PUBLISHED",
            true,
            4000,
            0,
            0),
        false);
    index.refreshNow();
    List<Long> similar =
        index.similar("Belediye mahallede kütüphane açsın, mahalle halkı istiyor", 5, null).stream()
            .map(Hit::id)
            .toList();
    assertEquals(4000L, similar.get(0), "the rare word decides, the common ones are left out");
    List<Long> common = index.similar("mahalle belediye", 5, null).stream().map(Hit::id).toList();
    assertEquals(5, common.size(), "a text of common words only still finds proposals");
  }

  @Test
  void rewritingADocumentReplacesIt() {
    index.upsert(
        doc(
            1,
            "Çöp konteynerleri sık boşaltılsın",
            "Sokağımızdaki çöp konteynerleri taşıyor.",
            "TEMIZLIK",
            "ATAKENT",
            "PUBLISHED",
            true,
            1000,
            500,
            0),
        true);
    assertEquals(List.of(1L, 2L, 3L), ids(null, null, null, null, "supports"));
    assertEquals(4 + 1, index.size(), "still one document per proposal");
  }
}
