package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import tr.bel.kucukcekmece.kentsesi.identity.domain.Account;

/**
 * Jakarta Security identity store over the account table: active accounts, PBKDF2 passwords, roles
 * as groups.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject AccountService accounts;

  @Inject PasswordHasher hasher;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential up)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String password = up.getPasswordAsString();
    Optional<Account> account = accounts.findByUsername(up.getCaller()).filter(Account::active);
    if (account.isEmpty()) {
      hasher.verifyDummy(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.verify(password, account.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(account.get().username(), account.get().roles());
  }
}
