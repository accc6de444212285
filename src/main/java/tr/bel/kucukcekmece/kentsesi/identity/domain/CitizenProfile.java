package tr.bel.kucukcekmece.kentsesi.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The citizen side of an account: the login address (lower case, unique), optional neighbourhood,
 * the language mails are written in, the KVKK notice acknowledged at registration and when the
 * address was verified.
 */
@Entity
@Table(name = "citizen_profile")
public class CitizenProfile {

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "email_key", nullable = false, length = 254)
  private String emailKey;

  @Column(name = "neighbourhood_code", length = 40)
  private String neighbourhoodCode;

  @Column(nullable = false, length = 2)
  private String language;

  @Column(name = "kvkk_notice_version", nullable = false, length = 20)
  private String kvkkNoticeVersion;

  @Column(name = "kvkk_acknowledged_at", nullable = false)
  private LocalDateTime kvkkAcknowledgedAt;

  @Column(name = "verified_at")
  private LocalDateTime verifiedAt;

  protected CitizenProfile() {}

  public CitizenProfile(
      long accountId,
      String emailKey,
      String neighbourhoodCode,
      String language,
      String kvkkNoticeVersion,
      LocalDateTime kvkkAcknowledgedAt) {
    this.accountId = accountId;
    this.emailKey = emailKey;
    this.neighbourhoodCode = neighbourhoodCode;
    this.language = language;
    this.kvkkNoticeVersion = kvkkNoticeVersion;
    this.kvkkAcknowledgedAt = kvkkAcknowledgedAt;
  }

  public void verified(LocalDateTime at) {
    if (verifiedAt == null) {
      verifiedAt = at;
    }
  }

  public void change(String neighbourhoodCode, String language) {
    this.neighbourhoodCode = neighbourhoodCode;
    this.language = language;
  }

  public Long accountId() {
    return accountId;
  }

  public String emailKey() {
    return emailKey;
  }

  public String neighbourhoodCode() {
    return neighbourhoodCode;
  }

  public String language() {
    return language;
  }

  public String kvkkNoticeVersion() {
    return kvkkNoticeVersion;
  }

  public LocalDateTime kvkkAcknowledgedAt() {
    return kvkkAcknowledgedAt;
  }

  public LocalDateTime verifiedAt() {
    return verifiedAt;
  }

  public boolean isVerified() {
    return verifiedAt != null;
  }
}
