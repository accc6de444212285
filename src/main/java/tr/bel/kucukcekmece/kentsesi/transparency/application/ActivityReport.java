package tr.bel.kucukcekmece.kentsesi.transparency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.CatalogSnapshot;
import tr.bel.kucukcekmece.kentsesi.core.search.TextAnalysis;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatistics;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.DashboardView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.GroupView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.KpiView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.SectionFigureView;
import tr.bel.kucukcekmece.kentsesi.transparency.application.TransparencyViews.SectionView;
import tr.bel.kucukcekmece.kentsesi.transparency.domain.Figures;

/**
 * The annual or quarterly activity report as a PDF, per department or for the whole municipality
 * (within the official's scope): cover, summary, KPI table with status, charts, the breakdown
 * table, top topics from comments and every feature's section. Built from the rollups and a sample
 * of the period's comments.
 */
@ApplicationScoped
public class ActivityReport {

  /** Topics are counted over at most this many of the period's most recent comments. */
  public static final int COMMENT_SAMPLE = 20_000;

  @Inject TransparencyService transparency;

  @Inject FeedbackStatistics statistics;

  @Inject Catalog catalog;

  public byte[] render(
      SessionUser user, String department, int year, Integer quarter, String lang) {
    boolean en = "en".equals(lang);
    Period period = Period.of(year, quarter);
    DashboardView d = transparency.dashboard(user, department, period, lang);
    CatalogSnapshot snap = catalog.snapshot();
    String scopeName =
        d.department() == null
            ? (d.allDepartments()
                ? (en
                    ? "Küçükçekmece Municipality (all departments)"
                    : "Küçükçekmece Belediyesi (tüm birimler)")
                : (en ? "Your departments" : "Birimleriniz") + ": " + String.join(", ", d.scope()))
            : d.total().name();
    String periodName = quarter == null ? String.valueOf(year) : year + " Q" + quarter;
    String title = (en ? "Activity report " : "Faaliyet raporu ") + periodName + " — " + scopeName;
    try (PdfLayout pdf = new PdfLayout(title)) {
      // cover
      pdf.newPage();
      pdf.space(120);
      pdf.title("Kent Sesi", 30);
      pdf.title(en ? "Activity report" : "Faaliyet raporu", 24);
      pdf.space(20);
      pdf.title(scopeName, 16);
      pdf.paragraph(
          (en ? "Period: " : "Dönem: ")
              + periodName
              + " ("
              + d.period().from()
              + " – "
              + d.period().to()
              + ")",
          12);
      pdf.paragraph(
          (en ? "Prepared on " : "Hazırlanma tarihi: ")
              + Times.todayInIstanbul().format(DateTimeFormatter.ISO_LOCAL_DATE)
              + (en
                  ? " from the Kent Sesi portal's figures."
                  : ", Kent Sesi portalının verilerinden."),
          11);
      pdf.paragraph(
          en
              ? "Küçükçekmece Municipality — Strategy Development Directorate"
              : "Küçükçekmece Belediyesi — Strateji Geliştirme Müdürlüğü",
          11);

      // summary
      pdf.newPage();
      pdf.heading(en ? "1. Summary" : "1. Özet");
      GroupView t = d.total();
      pdf.paragraph(summary(t, en), 11);

      // KPI table
      pdf.heading(en ? "2. Key performance indicators" : "2. Temel performans göstergeleri");
      List<List<String>> rows = new ArrayList<>();
      for (KpiView k : d.kpis()) {
        rows.add(
            List.of(
                kpiName(k, en),
                value(k.kpi(), k.value()),
                value(k.kpi(), k.target()),
                statusName(k.status(), en),
                value(k.kpi(), k.previous())));
      }
      pdf.table(
          List.of(
              "KPI",
              en ? "Value" : "Değer",
              en ? "Target" : "Hedef",
              en ? "Status" : "Durum",
              en ? "Previous period" : "Önceki dönem"),
          rows,
          new float[] {0.34f, 0.15f, 0.15f, 0.18f, 0.18f});
      pdf.paragraph(
          en
              ? "Status: met = target reached; at risk = missed by no more than the KPI's margin (0.2 points"
                  + " of satisfaction, 5 points of on-time rate, 1 day of median response, 2 points of reopen rate); missed"
                  + " = further away; no data = no target or nothing to measure."
              : "Durum: tuttu = hedefe ulaşıldı; risk altında = hedefin gerisinde ama göstergenin payı içinde"
                  + " (memnuniyette 0,2 puan, zamanında yanıtta 5 puan, medyan yanıtta 1 gün, yeniden açılmada 2 puan);"
                  + " tutmadı = daha geride; veri yok = hedef ya da ölçülecek başvuru yok.",
          9);

      // charts
      pdf.heading(en ? "3. Charts" : "3. Grafikler");
      List<String> monthLabels = new ArrayList<>();
      List<Double> monthValues = new ArrayList<>();
      for (GroupView m : d.months()) {
        monthLabels.add(m.code());
        monthValues.add(m.submissions() == null ? null : m.submissions().doubleValue());
      }
      pdf.barChart(
          en ? "Submissions per month" : "Aylara göre başvuru sayısı",
          monthLabels,
          monthValues,
          "");
      if (t.satisfaction() != null) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          labels.add((en ? "Rating " : "Puan ") + (i + 1));
          values.add(t.satisfaction().distribution().get(i).doubleValue());
        }
        pdf.barChart(
            en ? "Satisfaction ratings given" : "Verilen memnuniyet puanları", labels, values, "");
      }

      // breakdown
      boolean byService = d.department() != null;
      pdf.heading(
          byService
              ? (en ? "4. Services" : "4. Hizmetler")
              : (en ? "4. Departments" : "4. Birimler"));
      List<List<String>> table = new ArrayList<>();
      for (GroupView g : byService ? d.services() : d.departments()) {
        if (g.submissions() == null || g.submissions() == 0) {
          continue;
        }
        table.add(
            List.of(
                g.name(),
                String.valueOf(g.submissions()),
                g.satisfaction() == null || g.satisfaction().mean() == null
                    ? "–"
                    : fmt(g.satisfaction().mean()),
                g.onTimeRate() == null ? "–" : pct(g.onTimeRate()),
                g.medianResponseDays() == null ? "–" : String.valueOf(g.medianResponseDays())));
      }
      pdf.table(
          List.of(
              byService ? (en ? "Service" : "Hizmet") : (en ? "Department" : "Birim"),
              en ? "Submissions" : "Başvuru",
              en ? "Satisfaction" : "Memnuniyet",
              en ? "On time" : "Zamanında",
              en ? "Median days" : "Medyan gün"),
          table,
          new float[] {0.44f, 0.14f, 0.14f, 0.14f, 0.14f});

      // topics
      pdf.heading(en ? "5. Top topics in comments" : "5. Yorumlarda öne çıkan konular");
      Collection<String> departments = d.department() != null ? List.of(d.department()) : d.scope();
      List<String> comments =
          statistics.commentSample(departments, period.startUtc(), period.endUtc(), COMMENT_SAMPLE);
      List<Map.Entry<String, Integer>> topics = topics(comments, 10);
      if (topics.isEmpty()) {
        pdf.paragraph(
            en ? "Too few comments in this period." : "Bu dönemde yeterli yorum yok.", 10);
      } else {
        List<List<String>> topicRows = new ArrayList<>();
        for (Map.Entry<String, Integer> e : topics) {
          topicRows.add(List.of(e.getKey(), String.valueOf(e.getValue())));
        }
        pdf.table(
            List.of(en ? "Word" : "Sözcük", en ? "Comments mentioning it" : "Geçtiği yorum sayısı"),
            topicRows,
            new float[] {0.6f, 0.4f});
        pdf.paragraph(
            String.format(
                en
                    ? "Counted over the %d most recent comments of the period; words in fewer than"
                        + " 5 comments are not listed."
                    : "Dönemin en yeni %d yorumu üzerinden sayılmıştır; 5'ten az yorumda geçen"
                        + " sözcükler listelenmez.",
                comments.size()),
            9);
      }

      // features' sections
      int n = 6;
      for (SectionView s : d.sections()) {
        pdf.heading(n++ + ". " + s.title());
        List<List<String>> fr = new ArrayList<>();
        for (SectionFigureView f : s.figures()) {
          fr.add(
              List.of(
                  f.label(),
                  f.value() == null
                      ? "–"
                      : ("share".equals(f.unit()) ? pct(f.value()) : fmt(f.value())),
                  String.valueOf(f.basis())));
        }
        pdf.table(
            List.of(en ? "Figure" : "Gösterge", en ? "Value" : "Değer", en ? "Basis" : "Dayanak"),
            fr,
            new float[] {0.6f, 0.2f, 0.2f});
      }
      pdf.heading(en ? "Definitions" : "Tanımlar");
      pdf.paragraph(en ? DEFINITIONS_EN : DEFINITIONS_TR, 9);
      return pdf.finish();
    } catch (IOException e) {
      throw new IllegalStateException("activity report could not be written: " + e.getMessage(), e);
    }
  }

  static final String DEFINITIONS_TR =
      "Başvuru: dönem içinde alınan geri bildirim ve başvurular (alındığı aya göre)."
          + " Memnuniyet: başvuruyla verilen 1–5 puanların ortalaması; %95 güven aralığı t dağılımıyla hesaplanır."
          + " Zamanında yanıt: ilk yanıtı hizmet standardındaki son tarihte ya da öncesinde verilen yanıtlanmış"
          + " başvuruların payı. Medyan yanıt süresi: yanıtlanan başvuruların yarısının yanıtlandığı en kısa tam gün"
          + " (24 saatlik dilim) sayısı. Yeniden açılma oranı: yanıtlanan başvurulardan vatandaşın yeniden açtıklarının"
          + " payı.";

  static final String DEFINITIONS_EN =
      "Submissions: feedback and requests received in the period (by the month"
          + " received). Satisfaction: mean of the 1–5 ratings given with submissions; the 95 % confidence interval uses"
          + " Student's t. On time: share of answered submissions whose first response came on or before the due date"
          + " of the service standard. Median response: the smallest number of whole days (24-hour periods) within which"
          + " half of the answered submissions were answered. Reopen rate: share of answered submissions that the"
          + " citizen reopened.";

  private static String summary(GroupView t, boolean en) {
    StringBuilder b = new StringBuilder();
    long n = t.submissions() == null ? 0 : t.submissions();
    b.append(
        en
            ? n + " submissions were received in the period."
            : "Dönem içinde " + n + " başvuru alındı.");
    if (t.satisfaction() != null && t.satisfaction().mean() != null) {
      b.append(en ? " Mean satisfaction " : " Ortalama memnuniyet ")
          .append(fmt(t.satisfaction().mean()));
      if (t.satisfaction().ci95Low() != null) {
        b.append(en ? " (95 % CI " : " (%95 güven aralığı ")
            .append(fmt(t.satisfaction().ci95Low()))
            .append("–")
            .append(fmt(t.satisfaction().ci95High()))
            .append(")");
      }
      b.append(
          en
              ? " from " + t.satisfaction().ratings() + " ratings."
              : ", " + t.satisfaction().ratings() + " puan üzerinden.");
    }
    if (t.onTimeRate() != null) {
      b.append(
          en
              ? " "
                  + pct(t.onTimeRate())
                  + " of "
                  + t.answered()
                  + " answered submissions were answered on time"
              : " Yanıtlanan "
                  + t.answered()
                  + " başvurunun "
                  + pct(t.onTimeRate())
                  + " kadarı zamanında yanıtlandı");
      b.append(
          en
              ? "; median time to first response " + t.medianResponseDays() + " days."
              : "; ilk yanıta kadar geçen medyan süre " + t.medianResponseDays() + " gün.");
    }
    return b.toString();
  }

  /**
   * The most frequent words (by the number of comments they occur in, at least 5), Turkish-stemmed.
   */
  static List<Map.Entry<String, Integer>> topics(List<String> comments, int limit) {
    Map<String, Integer> df = new HashMap<>();
    Map<String, Map<String, Integer>> surface = new HashMap<>();
    try (Analyzer analyzer = TextAnalysis.turkishStemmed()) {
      for (String c : comments) {
        Set<String> seen = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream("t", new StringReader(c))) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            String stem = term.toString();
            if (stem.length() < 3 || stem.chars().anyMatch(Character::isDigit)) {
              continue;
            }
            if (seen.add(stem)) {
              df.merge(stem, 1, Integer::sum);
              String word =
                  c.substring(offset.startOffset(), offset.endOffset())
                      .toLowerCase(Locale.forLanguageTag("tr"));
              surface.computeIfAbsent(stem, k -> new HashMap<>()).merge(word, 1, Integer::sum);
            }
          }
          ts.end();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    List<Map.Entry<String, Integer>> out = new ArrayList<>();
    df.entrySet().stream()
        .filter(e -> Figures.publishable(e.getValue()))
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(
            e -> {
              String word =
                  surface.get(e.getKey()).entrySet().stream()
                      .max(Map.Entry.comparingByValue())
                      .map(Map.Entry::getKey)
                      .orElse(e.getKey());
              out.add(Map.entry(word, e.getValue()));
            });
    return out;
  }

  private static String kpiName(KpiView k, boolean en) {
    return switch (k.kpi()) {
      case SATISFACTION -> en ? "Satisfaction (mean, 1–5)" : "Memnuniyet (ortalama, 1–5)";
      case ON_TIME_RATE -> en ? "Answered on time" : "Zamanında yanıt oranı";
      case MEDIAN_RESPONSE_DAYS -> en ? "Median days to first response" : "İlk yanıta medyan gün";
      case REOPEN_RATE -> en ? "Reopen rate" : "Yeniden açılma oranı";
      case RESOLUTION_SATISFACTION ->
          en ? "Satisfaction with the resolution" : "Çözümden memnuniyet";
    };
  }

  private static String statusName(
      tr.bel.kucukcekmece.kentsesi.transparency.domain.Kpi.Status s, boolean en) {
    return switch (s) {
      case MET -> en ? "met" : "tuttu";
      case AT_RISK -> en ? "at risk" : "risk altında";
      case MISSED -> en ? "missed" : "tutmadı";
      case NO_DATA -> en ? "no data" : "veri yok";
    };
  }

  private static String value(tr.bel.kucukcekmece.kentsesi.transparency.domain.Kpi kpi, Double v) {
    if (v == null) {
      return "–";
    }
    return switch (kpi) {
      case ON_TIME_RATE, REOPEN_RATE -> pct(v);
      case MEDIAN_RESPONSE_DAYS -> PdfLayout.format(v);
      default -> fmt(v);
    };
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }
}
