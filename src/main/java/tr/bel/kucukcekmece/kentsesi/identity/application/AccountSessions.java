package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionAccounts;
import tr.bel.kucukcekmece.kentsesi.identity.domain.Account;

/**
 * Sessions are checked against the account table on every request: the account is read in a
 * transaction of its own (accounts are not in the shared cache), so a change made on any server is
 * seen by the next request on every one.
 */
@ApplicationScoped
public class AccountSessions implements SessionAccounts {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<AccountState> current(long accountId) {
    Account a = em.find(Account.class, accountId);
    if (a == null) {
      return Optional.empty();
    }
    return Optional.of(
        new AccountState(
            a.id(),
            a.active(),
            a.credentialVersion(),
            a.displayName(),
            a.roles(),
            a.departments()));
  }
}
