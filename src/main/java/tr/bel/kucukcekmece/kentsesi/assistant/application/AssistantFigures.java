package tr.bel.kucukcekmece.kentsesi.assistant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import tr.bel.kucukcekmece.kentsesi.core.stats.FigureSource;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;

/**
 * The assistant's public figures: questions asked, share answered, share of rated answers found
 * helpful.
 */
@ApplicationScoped
public class AssistantFigures implements FigureSource {

  @Inject QuestionLog log;

  /** Start of an İstanbul calendar day in UTC. */
  private static java.time.LocalDateTime utcStart(LocalDate day) {
    return day.atStartOfDay(Times.ISTANBUL).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  @Override
  public String section() {
    return "assistant";
  }

  @Override
  public String titleTr() {
    return "Dijital asistan";
  }

  @Override
  public String titleEn() {
    return "Virtual assistant";
  }

  private record Cached(long at, List<Figure> figures) {}

  /**
   * Figures per period, kept for a minute: the transparency page must not count the question log on
   * every view.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public List<Figure> figures(LocalDate from, LocalDate to) {
    String key = from + "/" + to;
    long now = System.nanoTime();
    Cached c = cache.get(key);
    if (c != null && now - c.at() < 60_000_000_000L) {
      return c.figures();
    }
    if (cache.size() > 1000) {
      cache.clear();
    }
    List<Figure> figures = compute(from, to);
    cache.put(key, new Cached(now, figures));
    return figures;
  }

  private List<Figure> compute(LocalDate from, LocalDate to) {
    QuestionLog.Totals t = log.totals(utcStart(from), utcStart(to.plusDays(1)));
    return List.of(
        new Figure(
            "questions",
            "Sorulan soru",
            "Questions asked",
            (double) t.asked(),
            t.asked(),
            "count",
            "Dönemde asistana sorulan soruların sayısı (her soru bir kez).",
            "Number of questions asked to the assistant in the period (each question once)."),
        new Figure(
            "answeredShare",
            "Yanıtlanan soru oranı",
            "Share answered",
            t.asked() == 0 ? null : t.answered() / (double) t.asked(),
            t.asked(),
            "share",
            "Asistanın güvenle yanıt verdiği soruların, sorulan tüm sorulara oranı; \"bilmiyorum\" yanıtları payda dahildir.",
            "Questions the assistant answered with confidence, divided by all questions asked; \"I don't know\" replies count in the denominator."),
        new Figure(
            "helpfulShare",
            "Yararlı bulunan yanıt oranı",
            "Share rated helpful",
            t.rated() == 0 ? null : t.helpful() / (double) t.rated(),
            t.rated(),
            "share",
            "Yararlı/yararsız olarak değerlendirilen yanıtlar içinde \"yararlı\" işaretlenenlerin oranı.",
            "Among answers residents rated, the share rated helpful."));
  }
}
