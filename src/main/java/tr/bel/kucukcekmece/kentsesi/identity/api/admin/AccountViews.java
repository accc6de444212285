package tr.bel.kucukcekmece.kentsesi.identity.api.admin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditEvent;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.identity.domain.Account;

/** Request and response records of the account administration API. */
public final class AccountViews {

  private AccountViews() {}

  /**
   * A new staff account. Field rules are checked by the account service so that all errors come
   * together.
   */
  public record CreateAccountRequest(
      String username,
      String displayName,
      String email,
      String password,
      List<String> roles,
      List<String> departments) {}

  /** A change to an account; absent fields stay as they are. */
  public record UpdateAccountRequest(
      String displayName,
      String email,
      String password,
      List<String> roles,
      List<String> departments,
      Boolean active) {}

  /** An account as administrators see it (never the password hash). */
  public record AccountView(
      long id,
      String username,
      String displayName,
      String email,
      Set<String> roles,
      Set<String> departments,
      boolean active,
      OffsetDateTime createdAt) {
    static AccountView of(Account a) {
      return new AccountView(
          a.id(),
          a.username(),
          a.displayName(),
          a.email(),
          a.roles(),
          a.departments(),
          a.active(),
          Times.toOffset(a.createdAt()));
    }
  }

  /** An audit log entry. */
  public record AuditView(
      long id,
      OffsetDateTime at,
      String actor,
      String action,
      String targetType,
      String targetId,
      String detail) {
    static AuditView of(AuditEvent e) {
      return new AuditView(
          e.id(),
          Times.toOffset(e.occurredAt()),
          e.actor(),
          e.action(),
          e.targetType(),
          e.targetId(),
          e.detail());
    }
  }
}
