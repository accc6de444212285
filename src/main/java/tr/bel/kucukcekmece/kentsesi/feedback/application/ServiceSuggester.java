package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.catalog.Department;
import tr.bel.kucukcekmece.kentsesi.catalog.PublicService;
import tr.bel.kucukcekmece.kentsesi.core.search.ReaderCache;
import tr.bel.kucukcekmece.kentsesi.core.search.TextAnalysis;
import tr.bel.kucukcekmece.kentsesi.core.startup.PortalStarted;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.ServiceSuggestions;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.EventType;

/**
 * Suggests the likely service (and so department) for what a citizen is typing. It learns from two
 * sources, kept in one in-memory Lucene index: the catalog's service names, descriptions and
 * keywords, and the comments of past submissions as finally routed (after any transfer) once a
 * department answered them. Turkish-aware: stemmed and diacritic-folded fields meet text typed with
 * or without Turkish letters; English text has its own field.
 */
@ApplicationScoped
public class ServiceSuggester implements ServiceSuggestions {

  private static final Logger LOG = Logger.getLogger(ServiceSuggester.class.getName());
  static final String ID = "id";
  static final String SERVICE = "service";
  static final String TR_STEM = "tr_stem";
  static final String TR_FOLD = "tr_fold";
  static final String EN = "en";

  /** How many past answered submissions are learned from at start. */
  static final int HISTORY = 20_000;

  /** How much past submissions may add, relative to the best catalog match. */
  static final double LEARNED_WEIGHT = 0.3;

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject Catalog catalog;

  private final Analyzer analyzer =
      new PerFieldAnalyzerWrapper(
          TextAnalysis.turkishStemmed(),
          Map.of(TR_FOLD, TextAnalysis.turkishFolded(), EN, TextAnalysis.english()));
  private IndexWriter writer;
  private SearcherManager searchers;

  /**
   * Each service's catalog entry as the terms it is indexed under, "field:term" (made anew by every
   * rebuild).
   */
  private volatile Map<String, Set<String>> catalogTerms = Map.of();

  /** The id and service stored with each document of the current reader, read once per reader. */
  private final ReaderCache<Integer, String[]> stored = new ReaderCache<>(100_000);

  void onStart(@Observes @Priority(300) PortalStarted started) {
    try {
      if (writer == null) {
        writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
        searchers = new SearcherManager(writer, null);
      }
      rebuild();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indexes the catalog and the recent answered submissions from scratch. */
  @Transactional
  public void rebuild() throws IOException {
    writer.deleteAll();
    CatalogSnapshot snapshot = catalog.snapshot();
    Map<String, Set<String>> terms = new HashMap<>();
    for (PublicService s : snapshot.allServices()) {
      String dept =
          snapshot
              .department(s.departmentCode())
              .map(d -> d.nameTr() + " " + d.nameEn())
              .orElse("");
      String tr =
          s.nameTr()
              + " "
              + s.nameTr()
              + " "
              + nz(s.descriptionTr())
              + " "
              + nz(s.keywordsTr())
              + " "
              + nz(s.keywordsTr())
              + " "
              + dept;
      String en =
          s.nameEn()
              + " "
              + s.nameEn()
              + " "
              + nz(s.descriptionEn())
              + " "
              + nz(s.keywordsEn())
              + " "
              + nz(s.keywordsEn());
      writer.updateDocument(
          new Term(ID, "service:" + s.code()), doc("service:" + s.code(), s.code(), tr, en));
      terms.put(s.code(), termsOf(tr, en));
    }
    catalogTerms = Map.copyOf(terms);
    List<Object[]> rows =
        em.createQuery(
                "select f.id, f.serviceCode, f.comment from Feedback f where f.comment is not null"
                    + " and f.status in :answered order by f.id desc",
                Object[].class)
            .setParameter(
                "answered",
                List.of(FeedbackStatus.ANSWERED, FeedbackStatus.RESOLVED, FeedbackStatus.CLOSED))
            .setMaxResults(HISTORY)
            .getResultList();
    for (Object[] r : rows) {
      learn((Long) r[0], (String) r[1], (String) r[2]);
    }
    writer.commit();
    searchers.maybeRefresh();
    LOG.info(
        () ->
            "Service suggester ready: "
                + snapshot.allServices().size()
                + " services, "
                + rows.size()
                + " answered submissions learned.");
  }

  /** A department answered a submission: its comment now teaches where such text belongs. */
  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedbackChanged change) {
    if (writer == null
        || (change.type() != EventType.RESPONDED && change.status() != FeedbackStatus.RESOLVED)) {
      return;
    }
    try {
      String comment = lookupComment(change.feedbackId());
      if (comment != null) {
        learn(change.feedbackId(), change.serviceCode(), comment);
        searchers.maybeRefresh();
      }
    } catch (IOException | RuntimeException e) {
      LOG.warning("Could not learn from submission " + change.trackingCode() + ": " + e);
    }
  }

  @Transactional
  String lookupComment(long id) {
    return em.createQuery("select f.comment from Feedback f where f.id = :id", String.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private void learn(long feedbackId, String serviceCode, String comment) throws IOException {
    writer.updateDocument(
        new Term(ID, "feedback:" + feedbackId),
        doc("feedback:" + feedbackId, serviceCode, comment, comment));
  }

  /**
   * The terms a catalog entry is indexed under, as "field:term" (what {@link #confident} looks
   * words up in).
   */
  private Set<String> termsOf(String tr, String en) {
    Set<String> out = new HashSet<>();
    for (String field : List.of(TR_STEM, TR_FOLD, EN)) {
      for (String term : TextAnalysis.terms(analyzer, field, field.equals(EN) ? en : tr)) {
        out.add(field + ":" + term);
      }
    }
    return out;
  }

  private static Document doc(String id, String service, String tr, String en) {
    Document d = new Document();
    d.add(new StringField(ID, id, Field.Store.YES));
    d.add(new StringField(SERVICE, service, Field.Store.YES));
    d.add(new TextField(TR_STEM, tr, Field.Store.NO));
    d.add(new TextField(TR_FOLD, tr, Field.Store.NO));
    d.add(new TextField(EN, en, Field.Store.NO));
    return d;
  }

  @Override
  public List<Suggestion> suggest(String text, int max) {
    if (text == null || text.strip().length() < 3 || searchers == null) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String field : List.of(TR_STEM, TR_FOLD, EN)) {
      for (String term : TextAnalysis.terms(analyzer, field, text)) {
        float boost = field.equals(TR_FOLD) ? 0.6f : 1f;
        q.add(
            new BoostQuery(new TermQuery(new Term(field, term)), boost),
            BooleanClause.Occur.SHOULD);
      }
    }
    BooleanQuery query = q.build();
    if (query.clauses().isEmpty()) {
      return List.of();
    }
    // The catalog's own description of a service is the main evidence; past submissions add to it
    // at most
    // LEARNED_WEIGHT of the best catalog match (short, repetitive comments must not outrank the
    // catalog).
    Map<String, Double> catalogScores = new LinkedHashMap<>();
    Map<String, Double> learnedScores = new LinkedHashMap<>();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        for (ScoreDoc sd : searcher.search(query, 60).scoreDocs) {
          String[] idAndService =
              stored.get(
                  searcher.getIndexReader(),
                  sd.doc,
                  doc -> {
                    Document d = searcher.storedFields().document(doc);
                    return new String[] {d.get(ID), d.get(SERVICE)};
                  });
          Map<String, Double> target =
              idAndService[0].startsWith("service:") ? catalogScores : learnedScores;
          target.merge(idAndService[1], (double) sd.score, Math::max);
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double catalogBest =
        catalogScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double learnedBest =
        learnedScores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double scale =
        learnedBest == 0
            ? 0
            : LEARNED_WEIGHT * (catalogBest > 0 ? catalogBest : learnedBest) / learnedBest;
    Map<String, Double> byService = new LinkedHashMap<>(catalogScores);
    learnedScores.forEach((service, score) -> byService.merge(service, score * scale, Double::sum));
    CatalogSnapshot snapshot = catalog.snapshot();
    double best = byService.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    List<Suggestion> out = new ArrayList<>();
    byService.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(max)
        .forEach(
            e ->
                snapshot
                    .service(e.getKey())
                    .filter(PublicService::active)
                    .ifPresent(
                        s -> {
                          Department d = snapshot.department(s.departmentCode()).orElse(null);
                          out.add(
                              new Suggestion(
                                  s.code(),
                                  s.departmentCode(),
                                  s.nameTr(),
                                  s.nameEn(),
                                  d == null ? null : d.nameTr(),
                                  d == null ? null : d.nameEn(),
                                  Math.round(e.getValue() / best * 1000) / 1000.0));
                        }));
    return out;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /**
   * The best service for a text only when the text clearly points to it: at least two of its
   * distinct words (or its only word) are in that service's catalog entry. For guesses filled in on
   * the citizen's behalf (the assistant's hand-off, a new proposal's department), so that a
   * question about something else is not filed under an unrelated service just because it was the
   * least bad match.
   */
  @Override
  public Optional<Suggestion> confident(String text) {
    List<Suggestion> best = suggest(text, 1);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    Set<String> entry = catalogTerms.getOrDefault(best.get(0).serviceCode(), Set.of());
    int words = 0;
    int matched = 0;
    Set<Set<String>> seen = new HashSet<>();
    // words are looked at one by one until two of them match (then more cannot change the outcome)
    Matcher m = WORD.matcher(text);
    while (matched < 2 && words < 40 && m.find()) {
      Set<String> terms = new HashSet<>();
      for (String field : List.of(TR_STEM, TR_FOLD, EN)) {
        for (String term : TextAnalysis.terms(analyzer, field, m.group())) {
          terms.add(field + ":" + term);
        }
      }
      if (terms.isEmpty() || !seen.add(terms)) {
        continue;
      }
      words++;
      for (String term : terms) {
        if (entry.contains(term)) {
          matched++;
          break;
        }
      }
    }
    return matched >= Math.min(2, words) && matched > 0
        ? Optional.of(best.get(0))
        : Optional.empty();
  }

  @PreDestroy
  void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      LOG.fine("closing the suggester index: " + e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
