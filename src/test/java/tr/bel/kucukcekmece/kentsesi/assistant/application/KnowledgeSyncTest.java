package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;
import tr.bel.kucukcekmece.kentsesi.core.search.SearchIndexes;

/**
 * Start-up indexing re-indexes only what changed, drops removed files, and survives a restart on
 * disk.
 */
class KnowledgeSyncTest {

  @TempDir Path data;

  @TempDir Path knowledge;

  @BeforeEach
  void dirs() throws IOException {
    System.setProperty(CoreSettings.DATA_DIR.key(), data.toString());
    System.setProperty(AssistantSettings.KNOWLEDGE_DIR.key(), knowledge.toString());
    for (int i = 0; i < 3; i++) {
      Files.writeString(
          knowledge.resolve("doc" + i + ".md"),
          "---\nid: doc"
              + i
              + "\ntitle: Belge "
              + i
              + "\nlang: tr\n---\nGiriş.\n\n## Bölüm\nMetin "
              + i
              + ".\n");
    }
  }

  @AfterEach
  void clear() {
    System.clearProperty(CoreSettings.DATA_DIR.key());
    System.clearProperty(AssistantSettings.KNOWLEDGE_DIR.key());
  }

  private static KnowledgeService service(SearchIndexes indexes) {
    KnowledgeService s = new KnowledgeService();
    s.indexes = indexes;
    return s;
  }

  @Test
  void onlyChangedDocumentsAreReindexedAndRemovedOnesDropped() throws IOException {
    SearchIndexes first = new SearchIndexes();
    KnowledgeService s = service(first);
    KnowledgeService.Progress p = s.synchronize(false);
    assertEquals("DONE", p.state());
    assertEquals(3, p.changed());
    assertEquals(6, s.base().passageCount());
    assertEquals(0, s.synchronize(false).changed(), "nothing changed");

    Files.writeString(
        knowledge.resolve("doc1.md"),
        "---\nid: doc1\ntitle: Belge 1\nlang: tr\n---\nYeni giriş.\n\n## Bölüm\nYeni metin.\n\n## Ek\nEk bölüm.\n");
    Files.delete(knowledge.resolve("doc2.md"));
    p = s.synchronize(false);
    assertEquals(1, p.changed());
    assertEquals(1, p.removed());
    assertEquals(5, s.base().passageCount());
    assertTrue(s.document("doc2").isEmpty());
    assertEquals(3, s.document("doc1").orElseThrow().sections().size());
    first.stop();

    // a restart on the same data directory finds the index up to date
    SearchIndexes second = new SearchIndexes();
    KnowledgeService restarted = service(second);
    assertEquals(0, restarted.synchronize(false).changed());
    assertEquals(5, restarted.base().passageCount());
    assertEquals(
        2,
        restarted.synchronize(true).changed(),
        "a forced re-index rewrites both remaining documents");
    second.stop();
  }
}
