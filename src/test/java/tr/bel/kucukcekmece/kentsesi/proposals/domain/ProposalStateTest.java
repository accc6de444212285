package tr.bel.kucukcekmece.kentsesi.proposals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalStateTest {

  @Test
  void officialsMoveProposalsForwardOnly() {
    assertEquals(
        EnumSet.of(ProposalState.UNDER_EVALUATION, ProposalState.ACCEPTED, ProposalState.REJECTED),
        ProposalState.PUBLISHED.officialNext());
    assertEquals(
        EnumSet.of(ProposalState.IN_PROGRESS, ProposalState.COMPLETED),
        ProposalState.ACCEPTED.officialNext());
    assertTrue(ProposalState.REJECTED.officialNext().isEmpty());
    assertTrue(ProposalState.COMPLETED.officialNext().isEmpty());
    assertTrue(ProposalState.WITHDRAWN.officialNext().isEmpty());
    assertFalse(ProposalState.IN_PROGRESS.officialNext().contains(ProposalState.ACCEPTED));
  }

  @Test
  void supportsAreTakenBeforeTheAnswerOnly() {
    assertTrue(ProposalState.PUBLISHED.supportable());
    assertTrue(ProposalState.UNDER_EVALUATION.supportable());
    assertFalse(ProposalState.ACCEPTED.supportable());
    assertFalse(ProposalState.WITHDRAWN.supportable());
    assertEquals(Optional.of(ProposalState.IN_PROGRESS), ProposalState.parse(" in_progress "));
    assertEquals(Optional.empty(), ProposalState.parse("DONE"));
  }

  @Test
  void theFirstAcceptanceOrRejectionIsTheAnswerAndCompletionIsDated() {
    LocalDateTime t0 = LocalDateTime.of(2026, 5, 1, 9, 0);
    Proposal p = new Proposal(50, "Başlık", "Açıklama metni", "PARK", null, 7, "Ayşe", t0, null);
    assertEquals(Visibility.PUBLIC, p.visibility());
    p.moveTo(ProposalState.UNDER_EVALUATION, "İnceleniyor", t0.plusDays(1));
    assertEquals(null, p.answeredAt());
    p.moveTo(ProposalState.ACCEPTED, "Kabul", t0.plusDays(2));
    assertEquals(t0.plusDays(2), p.answeredAt());
    p.moveTo(ProposalState.COMPLETED, "Bitti", t0.plusDays(9));
    assertEquals(t0.plusDays(2), p.answeredAt());
    assertEquals(t0.plusDays(9), p.completedAt());
    Proposal held =
        new Proposal(51, "Başlık", "Açıklama", null, null, 7, "Ayşe", t0, "abusive-word");
    assertEquals(Visibility.PENDING, held.visibility());
    held.restore();
    assertTrue(held.isPublic());
  }
}
