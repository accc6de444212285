package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tr.bel.kucukcekmece.kentsesi.core.stats.FigureSource;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.ProposalState;

/** The proposals' public figures for the transparency page (section "proposals"). */
@ApplicationScoped
public class ProposalFigures implements FigureSource {

  private static final Map<ProposalState, String[]> STATE_LABELS =
      new EnumMap<>(
          Map.of(
              ProposalState.PUBLISHED, new String[] {"Yayında", "Published"},
              ProposalState.UNDER_EVALUATION, new String[] {"Değerlendirmede", "Under evaluation"},
              ProposalState.ACCEPTED, new String[] {"Kabul edildi", "Accepted"},
              ProposalState.REJECTED, new String[] {"Reddedildi", "Rejected"},
              ProposalState.IN_PROGRESS, new String[] {"Uygulanıyor", "In progress"},
              ProposalState.COMPLETED, new String[] {"Tamamlandı", "Completed"},
              ProposalState.WITHDRAWN, new String[] {"Geri çekildi", "Withdrawn"}));

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Override
  public String section() {
    return "proposals";
  }

  @Override
  public String titleTr() {
    return "Öneriler";
  }

  @Override
  public String titleEn() {
    return "Proposals";
  }

  @Override
  @Transactional
  public List<Figure> figures(LocalDate from, LocalDate to) {
    Timestamp start = utc(from);
    Timestamp end = utc(to.plusDays(1));
    List<Figure> out = new ArrayList<>();
    Map<ProposalState, Long> byState = new EnumMap<>(ProposalState.class);
    long created = 0;
    for (Object row :
        em.createNativeQuery(
                "select state, count(*) from proposal where visibility = 'PUBLIC' and "
                    + "created_at >= ? and created_at < ? group by state")
            .setParameter(1, start)
            .setParameter(2, end)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long n = ((Number) r[1]).longValue();
      ProposalState.parse(r[0].toString()).ifPresent(s -> byState.put(s, n));
      created += n;
    }
    out.add(
        new Figure(
            "proposals.created",
            "Verilen öneriler",
            "Proposals made",
            (double) created,
            created,
            "count",
            "Dönemde yayımlanan (moderasyonda bekleyen ve gizlenenler hariç) öneri sayısı.",
            "Proposals published in the period (excluding those held or hidden by moderation)."));
    for (ProposalState s : ProposalState.values()) {
      long n = byState.getOrDefault(s, 0L);
      String[] label = STATE_LABELS.get(s);
      out.add(
          new Figure(
              "proposals.state." + s.name(),
              "Öneriler: " + label[0],
              "Proposals: " + label[1],
              (double) n,
              created,
              "count",
              "Dönemde verilen önerilerden bugün \"" + label[0] + "\" durumunda olanlar.",
              "Proposals made in the period that are now \"" + label[1] + "\"."));
    }
    long supports =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from proposal_support where created_at >= ? and "
                            + "created_at < ?")
                    .setParameter(1, start)
                    .setParameter(2, end)
                    .getSingleResult())
            .longValue();
    out.add(
        new Figure(
            "proposals.supports",
            "Destekler",
            "Supports",
            (double) supports,
            supports,
            "count",
            "Dönemde verilen destek sayısı (her hesap bir öneriyi bir kez destekleyebilir).",
            "Supports given in the period (one per account per proposal)."));
    LocalDate today = Times.todayInIstanbul();
    long due = 0;
    long onTime = 0;
    for (Object row :
        em.createNativeQuery(
                "select answer_due_date, answered_at from proposal where "
                    + "answer_due_date >= ? and answer_due_date <= ?")
            .setParameter(1, java.sql.Date.valueOf(from))
            .setParameter(2, java.sql.Date.valueOf(to))
            .getResultList()) {
      Object[] r = (Object[]) row;
      LocalDate dueDate = toDate(r[0]);
      LocalDateTime answered = toDateTime(r[1]);
      if (answered == null && !dueDate.isBefore(today)) {
        continue;
      }
      due++;
      if (answered != null && !Times.istanbulDate(answered).isAfter(dueDate)) {
        onTime++;
      }
    }
    out.add(
        new Figure(
            "proposals.answeredOnTime",
            "Süresinde yanıtlanan öneriler",
            "Proposals answered on time",
            due == 0 ? null : (double) onTime / due,
            due,
            "share",
            "Destek eşiğine ulaşıp yanıt süresi (30 gün) dönem içinde dolan önerilerden süresi içinde kabul ya da ret "
                + "yanıtı alanların payı.",
            "Of the proposals that reached the support threshold and whose 30-day answer period ended in the period, the "
                + "share accepted or rejected on time."));
    long accepted =
        ((Number)
                em.createNativeQuery(
                        "select count(distinct proposal_id) from proposal_event where "
                            + "event_type = 'STATE_CHANGED' and state = 'ACCEPTED' and occurred_at >= ? and occurred_at < ?")
                    .setParameter(1, start)
                    .setParameter(2, end)
                    .getSingleResult())
            .longValue();
    out.add(
        new Figure(
            "proposals.accepted",
            "Kabul edilen öneriler",
            "Proposals accepted",
            (double) accepted,
            accepted,
            "count",
            "Dönemde belediyece kabul edilen öneri sayısı.",
            "Proposals the municipality accepted in the period."));
    long completed =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from proposal where completed_at >= ? and "
                            + "completed_at < ?")
                    .setParameter(1, start)
                    .setParameter(2, end)
                    .getSingleResult())
            .longValue();
    out.add(
        new Figure(
            "proposals.completed",
            "Tamamlanan öneriler",
            "Proposals completed",
            (double) completed,
            completed,
            "count",
            "Dönemde uygulaması tamamlanan kabul edilmiş öneri sayısı.",
            "Accepted proposals whose implementation was completed in the period."));
    return out;
  }

  private static Timestamp utc(LocalDate istanbulDate) {
    return Timestamp.valueOf(
        istanbulDate
            .atStartOfDay(Times.ISTANBUL)
            .withZoneSameInstant(ZoneOffset.UTC)
            .toLocalDateTime());
  }

  private static LocalDate toDate(Object o) {
    return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
  }

  private static LocalDateTime toDateTime(Object o) {
    if (o == null) {
      return null;
    }
    return o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
  }
}
