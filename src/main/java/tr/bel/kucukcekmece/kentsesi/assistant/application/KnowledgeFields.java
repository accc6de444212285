package tr.bel.kucukcekmece.kentsesi.assistant.application;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import tr.bel.kucukcekmece.kentsesi.core.search.TextAnalysis;

/**
 * Field names of the knowledge index (one Lucene document per passage) and the analyzer of each.
 */
public final class KnowledgeFields {

  public static final String PASSAGE_ID = "pid";
  public static final String DOCUMENT_ID = "doc";
  public static final String LANG = "lang";
  public static final String HASH = "hash";
  public static final String SOURCE = "source";
  public static final String ORDINAL = "ord";
  public static final String TITLE = "title";
  public static final String HEADING = "heading";
  public static final String TEXT = "text";
  public static final String URL = "url";
  public static final String DEPARTMENT = "department";
  public static final String UPDATED = "updated";

  /** Searchable body text, three analyses. */
  public static final String BODY_TR_STEM = "body_tr_stem";

  public static final String BODY_TR_FOLD = "body_tr_fold";
  public static final String BODY_EN = "body_en";

  /** Searchable heading + title, three analyses. */
  public static final String HEAD_TR_STEM = "head_tr_stem";

  public static final String HEAD_TR_FOLD = "head_tr_fold";
  public static final String HEAD_EN = "head_en";

  public static final Analyzer TR_STEM = TextAnalysis.turkishStemmed();
  public static final Analyzer TR_FOLD = TextAnalysis.turkishFolded();
  public static final Analyzer EN = TextAnalysis.english();

  private KnowledgeFields() {}

  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(),
        Map.of(
            BODY_TR_STEM,
            TR_STEM,
            HEAD_TR_STEM,
            TR_STEM,
            BODY_TR_FOLD,
            TR_FOLD,
            HEAD_TR_FOLD,
            TR_FOLD,
            BODY_EN,
            EN,
            HEAD_EN,
            EN));
  }
}
