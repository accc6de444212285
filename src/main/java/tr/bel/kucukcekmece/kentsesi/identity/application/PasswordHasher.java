package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations and a 32-byte salt, through Jakarta Security's
 * Pbkdf2PasswordHash.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  private String dummyHash;

  @PostConstruct
  void init() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    dummyHash = pbkdf2.generate("not-a-real-password-0".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /**
   * Spends the same time as a real check, so that unknown usernames cannot be told apart by timing.
   */
  public void verifyDummy(String password) {
    pbkdf2.verify(password.toCharArray(), dummyHash);
  }
}
