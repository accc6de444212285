package tr.bel.kucukcekmece.kentsesi.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionAccounts.AccountState;

class SessionCheckTest {

  private final Instant login = Instant.parse("2026-11-25T08:00:00Z");
  private final Duration twelveHours = Duration.ofHours(12);
  private final SessionUser fen =
      new SessionUser(
          7, "yetkili.fen", "Fen Yetkilisi", Set.of("OFFICIAL"), Set.of("FEN"), "csrf", 3, login);

  private static Optional<AccountState> account(
      boolean active, long version, Set<String> roles, Set<String> depts) {
    return Optional.of(new AccountState(7, active, version, "Fen Yetkilisi", roles, depts));
  }

  @Test
  void anUnchangedAccountKeepsTheSameSession() {
    Optional<SessionUser> now =
        SessionCheck.recheck(
            fen,
            account(true, 3, Set.of("OFFICIAL"), Set.of("FEN")),
            login.plusSeconds(60),
            twelveHours);
    assertSame(fen, now.orElseThrow());
  }

  @Test
  void aMovedOfficialActsForTheNewDepartmentOnly() {
    SessionUser now =
        SessionCheck.recheck(
                fen,
                account(true, 3, Set.of("OFFICIAL"), Set.of("PARK")),
                login.plusSeconds(60),
                twelveHours)
            .orElseThrow();
    assertFalse(now.canActFor("FEN"));
    assertTrue(now.canActFor("PARK"));
    assertEquals("csrf", now.csrfToken(), "the session and its CSRF token go on");
  }

  @Test
  void aDemotedAccountLosesTheRoleAtOnce() {
    SessionUser admin =
        new SessionUser(7, "ayse", "Ayşe", Set.of("ADMIN"), Set.of(), "csrf", 3, login);
    SessionUser now =
        SessionCheck.recheck(
                admin,
                Optional.of(new AccountState(7, true, 3, "Ayşe", Set.of("EDITOR"), Set.of())),
                login.plusSeconds(1),
                twelveHours)
            .orElseThrow();
    assertEquals(Set.of("EDITOR"), now.roles());
  }

  @Test
  void aDeactivatedDeletedOrRepasswordedAccountEndsTheSession() {
    Instant later = login.plusSeconds(60);
    assertTrue(
        SessionCheck.recheck(
                fen, account(false, 3, Set.of("OFFICIAL"), Set.of("FEN")), later, twelveHours)
            .isEmpty(),
        "deactivated");
    assertTrue(
        SessionCheck.recheck(fen, Optional.empty(), later, twelveHours).isEmpty(), "deleted");
    assertTrue(
        SessionCheck.recheck(
                fen, account(true, 4, Set.of("OFFICIAL"), Set.of("FEN")), later, twelveHours)
            .isEmpty(),
        "password changed since login");
  }

  @Test
  void aSessionEndsWhenItsAbsoluteLifetimeIsOverHoweverActiveItWas() {
    Optional<AccountState> same = account(true, 3, Set.of("OFFICIAL"), Set.of("FEN"));
    assertTrue(
        SessionCheck.recheck(fen, same, login.plus(twelveHours).minusSeconds(1), twelveHours)
            .isPresent());
    assertTrue(SessionCheck.recheck(fen, same, login.plus(twelveHours), twelveHours).isEmpty());
    assertTrue(
        SessionCheck.recheck(fen, same, login.plus(Duration.ofDays(3)), twelveHours).isEmpty());
  }
}
