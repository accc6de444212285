package tr.bel.kucukcekmece.kentsesi.core.security;

import java.util.Optional;
import java.util.Set;

/**
 * Where sessions are checked against: the current state of an account, read from the database on
 * each call (never from a cache one server holds, so a change made through any server counts on all
 * of them).
 */
public interface SessionAccounts {

  /** What a session may do now, as the account says. */
  record AccountState(
      long accountId,
      boolean active,
      long credentialVersion,
      String displayName,
      Set<String> roles,
      Set<String> departments) {}

  /** The account's state; empty when it no longer exists. */
  Optional<AccountState> current(long accountId);
}
