package tr.bel.kucukcekmece.kentsesi.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A one-time link token (e-mail verification or password reset); only its SHA-256 is stored. */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = "AccountToken.byHash",
    query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(
    name = "AccountToken.deleteForAccount",
    query = "delete from AccountToken t where t.accountId = :account")
public class AccountToken {

  /** What a token is for. */
  public enum Purpose {
    VERIFY,
    RESET
  }

  @Id
  @SequenceGenerator(
      name = "account_token_seq",
      sequenceName = "account_token_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  protected AccountToken() {}

  public AccountToken(
      long accountId,
      Purpose purpose,
      String tokenHash,
      LocalDateTime createdAt,
      LocalDateTime expiresAt) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  /** Whether the token can still be used for this purpose at this time. */
  public boolean usableFor(Purpose wanted, LocalDateTime now) {
    return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
  }

  public void use(LocalDateTime now) {
    usedAt = now;
  }

  public long accountId() {
    return accountId;
  }

  public Purpose purpose() {
    return purpose;
  }
}
