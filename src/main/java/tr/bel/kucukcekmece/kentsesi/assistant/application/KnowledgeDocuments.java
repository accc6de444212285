package tr.bel.kucukcekmece.kentsesi.assistant.application;

import static tr.bel.kucukcekmece.kentsesi.assistant.application.KnowledgeFields.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import tr.bel.kucukcekmece.kentsesi.assistant.domain.KnowledgeDocument;

/**
 * Knowledge document → one Lucene document per passage, and writing a document's passages into an
 * index.
 */
public final class KnowledgeDocuments {

  private KnowledgeDocuments() {}

  public static List<Document> passages(KnowledgeDocument d, String source) {
    List<Document> out = new ArrayList<>();
    int ordinal = 0;
    for (KnowledgeDocument.Section s : d.sections()) {
      Document doc = new Document();
      doc.add(new StringField(PASSAGE_ID, d.id() + "#" + ordinal, Field.Store.YES));
      doc.add(new StringField(DOCUMENT_ID, d.id(), Field.Store.YES));
      doc.add(new StringField(LANG, d.lang(), Field.Store.YES));
      doc.add(new StringField(HASH, d.hash(), Field.Store.YES));
      doc.add(new StringField(SOURCE, source == null ? "" : source, Field.Store.YES));
      doc.add(new StoredField(ORDINAL, ordinal));
      doc.add(new StoredField(TITLE, d.title()));
      doc.add(new StoredField(HEADING, s.heading()));
      doc.add(new StoredField(TEXT, s.text()));
      if (d.url() != null) {
        doc.add(new StoredField(URL, d.url()));
      }
      if (d.updated() != null) {
        doc.add(new StoredField(UPDATED, d.updated()));
      }
      if (d.department() != null) {
        doc.add(new StringField(DEPARTMENT, d.department(), Field.Store.YES));
      }
      String head = s.heading().equals(d.title()) ? d.title() : d.title() + " \n " + s.heading();
      doc.add(new TextField(HEAD_TR_STEM, head, Field.Store.NO));
      doc.add(new TextField(HEAD_TR_FOLD, head, Field.Store.NO));
      doc.add(new TextField(HEAD_EN, head, Field.Store.NO));
      doc.add(new TextField(BODY_TR_STEM, s.text(), Field.Store.NO));
      doc.add(new TextField(BODY_TR_FOLD, s.text(), Field.Store.NO));
      doc.add(new TextField(BODY_EN, s.text(), Field.Store.NO));
      out.add(doc);
      ordinal++;
    }
    return out;
  }

  /**
   * Replaces every passage of the document (the old ones go first, so a shorter document leaves
   * none behind).
   */
  public static void write(
      tr.bel.kucukcekmece.kentsesi.core.search.LuceneIndex index,
      KnowledgeDocument d,
      String source) {
    index.delete(new Term(DOCUMENT_ID, d.id()));
    for (Document p : passages(d, source)) {
      index.upsert(new Term(PASSAGE_ID, p.get(PASSAGE_ID)), p);
    }
  }
}
