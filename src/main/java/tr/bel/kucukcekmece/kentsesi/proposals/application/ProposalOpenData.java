package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import tr.bel.kucukcekmece.kentsesi.core.stats.OpenDataset;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Visibility;

/**
 * Proposals as open data ({@code /api/open-data/proposals.csv|json}): one row per public proposal —
 * what the public pages already show, without the author, the body or anything held or hidden by
 * moderation.
 */
@ApplicationScoped
public class ProposalOpenData implements OpenDataset {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Override
  public String name() {
    return "proposals";
  }

  @Override
  public String titleTr() {
    return "Katılım önerileri";
  }

  @Override
  public String titleEn() {
    return "Participation proposals";
  }

  @Override
  public String description() {
    return "One row per public participation proposal: its title, state, supports, department, neighbourhood and"
        + " dates. Authors, texts and proposals held or hidden by moderation are not included.";
  }

  @Override
  public List<Field> fields() {
    return List.of(
        new Field("id", "integer", "Proposal number, as in /proposal.html?id="),
        new Field("title", "string", "Title as published"),
        new Field(
            "state",
            "string",
            "PUBLISHED, UNDER_EVALUATION, ACCEPTED, REJECTED, IN_PROGRESS, COMPLETED or WITHDRAWN"),
        new Field("supports", "integer", "Number of supports from verified accounts"),
        new Field("department", "string", "Catalog code of the responsible department, if any"),
        new Field("neighbourhood", "string", "Catalog code of the neighbourhood, if any"),
        new Field("created", "date", "Date published (İstanbul calendar)"),
        new Field("thresholdReached", "date", "Date the support threshold was reached, if it was"),
        new Field(
            "answerDue",
            "date",
            "Date by which the department must answer, once the threshold is reached"),
        new Field("answered", "date", "Date of the department's answer, if any"),
        new Field(
            "answeredOnTime", "boolean", "Answered by the due date (empty when no answer was due)"),
        new Field("completed", "date", "Date completed, if it was"));
  }

  @Override
  public void rows(Consumer<List<Object>> sink) {
    em.createQuery("select p from Proposal p where p.visibility = :v order by p.id", Proposal.class)
        .setParameter("v", Visibility.PUBLIC)
        .getResultList()
        .forEach(p -> sink.accept(row(p)));
  }

  private static List<Object> row(Proposal p) {
    LocalDate answered = day(p.answeredAt());
    Boolean onTime = null; // no answer was due, or it is due and not late yet
    if (p.answerDueDate() != null) {
      if (answered != null) {
        onTime = !answered.isAfter(p.answerDueDate());
      } else if (Times.todayInIstanbul().isAfter(p.answerDueDate())) {
        onTime = Boolean.FALSE;
      }
    }
    return new ArrayList<>(
        Arrays.asList(
            p.id(),
            p.title(),
            p.state().name(),
            p.supportCount(),
            p.departmentCode(),
            p.neighbourhoodCode(),
            day(p.createdAt()),
            day(p.thresholdReachedAt()),
            p.answerDueDate(),
            answered,
            onTime,
            day(p.completedAt())));
  }

  private static LocalDate day(LocalDateTime utc) {
    return utc == null ? null : Times.istanbulDate(utc);
  }
}
