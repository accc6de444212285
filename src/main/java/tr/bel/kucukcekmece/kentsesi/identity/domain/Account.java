package tr.bel.kucukcekmece.kentsesi.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A staff account. The password is stored only as a PBKDF2 hash; an OFFICIAL is bound to the
 * departments whose items it may work on.
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.byUsername",
    query = "select a from Account a where a.username = :username")
@NamedQuery(
    name = "Account.byCitizenEmail",
    query =
        "select a from Account a, CitizenProfile p where p.accountId = a.id and p.emailKey = :email")
@NamedQuery(
    name = "Account.all",
    query =
        "select a from Account a where not exists "
            + "(select p from CitizenProfile p where p.accountId = a.id) order by a.username")
@NamedQuery(
    name = "Account.countActiveWithRole",
    query = "select count(a) from Account a join a.roles r where a.active = true and r = :role")
public class Account {

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(length = 254)
  private String email;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role_name", length = 32)
  private Set<String> roles = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_department", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "department_code", length = 40)
  private Set<String> departments = new TreeSet<>();

  /** Raised by every password change; sessions begun under another value end. */
  @Column(name = "credential_version", nullable = false)
  private long credentialVersion;

  @Version
  @Column(name = "opt_lock", nullable = false)
  private long optLock;

  protected Account() {}

  public Account(
      String username,
      String passwordHash,
      String displayName,
      String email,
      LocalDateTime createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.email = email;
    this.createdAt = createdAt;
  }

  public void assign(Collection<String> roles, Collection<String> departments) {
    this.roles.clear();
    this.roles.addAll(roles);
    this.departments.clear();
    this.departments.addAll(departments);
  }

  public void rename(String displayName, String email) {
    this.displayName = displayName;
    this.email = email;
  }

  /**
   * Sets a new password hash and raises the credential version, which ends the account's other
   * sessions.
   */
  public void changePasswordHash(String hash) {
    this.passwordHash = hash;
    this.credentialVersion++;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public long credentialVersion() {
    return credentialVersion;
  }

  public boolean active() {
    return active;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public Set<String> roles() {
    return new TreeSet<>(roles);
  }

  public Set<String> departments() {
    return new TreeSet<>(departments);
  }
}
