package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.identity.domain.Account;

/**
 * Staff accounts: creation and changes by administrators, with the password policy, valid roles,
 * and an OFFICIAL bound to at least one existing department. Every change is written to the audit
 * log with its actor.
 */
@ApplicationScoped
public class AccountService {

  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject AuditLog audit;

  @Inject Catalog catalog;

  /** What an administrator asks for when creating or changing an account. */
  public record AccountSpec(
      String username,
      String displayName,
      String email,
      String password,
      Collection<String> roles,
      Collection<String> departments,
      Boolean active) {}

  public static String normalize(String username) {
    return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * The account of a username, or of a citizen's e-mail address (citizens log in with their
   * address).
   */
  @Transactional
  public Optional<Account> findByUsername(String username) {
    if (username != null && username.indexOf('@') > 0) {
      return em.createNamedQuery("Account.byCitizenEmail", Account.class)
          .setParameter("email", normalize(username))
          .getResultStream()
          .findFirst();
    }
    return em.createNamedQuery("Account.byUsername", Account.class)
        .setParameter("username", normalize(username))
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Transactional
  public List<Account> all() {
    return em.createNamedQuery("Account.all", Account.class).getResultList();
  }

  @Transactional
  public boolean hasActiveAdmin() {
    return em.createNamedQuery("Account.countActiveWithRole", Long.class)
            .setParameter("role", Role.ADMIN.name())
            .getSingleResult()
        > 0;
  }

  /**
   * Creates an account after checking every field; 400 lists all problems, 409 when the username is
   * taken.
   */
  @Transactional
  public Account create(AccountSpec spec, String actor) {
    String username = normalize(spec.username());
    ApiException.Collector errors = new ApiException.Collector();
    if (username == null || !USERNAME.matcher(username).matches()) {
      errors.add("username", "validation.username");
    }
    if (spec.displayName() == null
        || spec.displayName().isBlank()
        || spec.displayName().length() > 200) {
      errors.add(
          "displayName",
          spec.displayName() == null || spec.displayName().isBlank()
              ? "validation.required"
              : "validation.Size",
          1,
          200);
    }
    checkEmail(spec.email(), errors);
    PasswordPolicy.check(username, spec.password())
        .forEach(i -> errors.add(i.field(), i.key(), i.params()));
    Set<String> roles = roles(spec.roles(), errors);
    Set<String> departments = departments(spec.departments(), roles, errors);
    errors.throwIfAny();
    if (findByUsername(username).isPresent()) {
      throw ApiException.conflict("username-taken");
    }
    Account account =
        new Account(
            username,
            hasher.hash(spec.password()),
            spec.displayName().strip(),
            blankToNull(spec.email()),
            Times.nowUtc());
    account.assign(roles, departments);
    em.persist(account);
    em.flush();
    audit.record(
        actor,
        "ACCOUNT_CREATED",
        "account",
        username,
        "roles=" + roles + " departments=" + departments);
    return account;
  }

  /**
   * Changes display name, e-mail, roles, departments and the active flag (the username never
   * changes).
   */
  @Transactional
  public Account update(long id, AccountSpec spec, String actor) {
    Account account = find(id).orElseThrow(() -> ApiException.notFound("account-not-found"));
    ApiException.Collector errors = new ApiException.Collector();
    String displayName =
        spec.displayName() == null ? account.displayName() : spec.displayName().strip();
    if (displayName.isEmpty() || displayName.length() > 200) {
      errors.add("displayName", "validation.Size", 1, 200);
    }
    checkEmail(spec.email(), errors);
    Set<String> roles = spec.roles() == null ? account.roles() : roles(spec.roles(), errors);
    Set<String> departments =
        departments(
            spec.departments() == null ? account.departments() : spec.departments(), roles, errors);
    if (spec.password() != null) {
      PasswordPolicy.check(account.username(), spec.password())
          .forEach(i -> errors.add(i.field(), i.key(), i.params()));
    }
    errors.throwIfAny();
    account.rename(displayName, spec.email() == null ? account.email() : blankToNull(spec.email()));
    account.assign(roles, departments);
    if (spec.active() != null) {
      account.setActive(spec.active());
    }
    if (spec.password() != null) {
      account.changePasswordHash(hasher.hash(spec.password()));
    }
    audit.record(
        actor,
        "ACCOUNT_UPDATED",
        "account",
        account.username(),
        "roles="
            + roles
            + " departments="
            + departments
            + " active="
            + account.active()
            + (spec.password() != null ? " password=changed" : ""));
    return account;
  }

  /**
   * Creates {@code admin} with the configured password when no active administrator exists; returns
   * whether it did.
   */
  @Transactional
  public boolean bootstrapAdmin(String password) {
    if (hasActiveAdmin()) {
      return false;
    }
    Optional<Account> existing = findByUsername("admin");
    if (existing.isPresent()) {
      Account admin = existing.get();
      admin.changePasswordHash(hasher.hash(password));
      Set<String> roles = admin.roles();
      roles.add(Role.ADMIN.name());
      admin.assign(roles, admin.departments());
      admin.setActive(true);
      audit.record("system", "ADMIN_RESTORED", "account", "admin", "from KENTSESI_ADMIN_PASSWORD");
      return true;
    }
    Account admin =
        new Account("admin", hasher.hash(password), "Sistem Yöneticisi", null, Times.nowUtc());
    admin.assign(Set.of(Role.ADMIN.name()), Set.of());
    em.persist(admin);
    audit.record(
        "system", "ADMIN_BOOTSTRAPPED", "account", "admin", "from KENTSESI_ADMIN_PASSWORD");
    return true;
  }

  /**
   * Creates an account with a precomputed hash unless the username exists (demo data); returns
   * whether it did.
   */
  @Transactional
  public boolean createIfAbsent(
      String username,
      String displayName,
      String passwordHash,
      Set<String> roles,
      Set<String> departments) {
    if (findByUsername(username).isPresent()) {
      return false;
    }
    Account account = new Account(username, passwordHash, displayName, null, Times.nowUtc());
    account.assign(roles, departments);
    em.persist(account);
    audit.record("system", "DEMO_ACCOUNT_CREATED", "account", username, "roles=" + roles);
    return true;
  }

  public String hash(String password) {
    return hasher.hash(password);
  }

  private static void checkEmail(String email, ApiException.Collector errors) {
    if (email != null
        && !email.isBlank()
        && (email.length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
      errors.add("email", "validation.Email");
    }
  }

  private static Set<String> roles(Collection<String> requested, ApiException.Collector errors) {
    Set<String> roles = new LinkedHashSet<>();
    if (requested == null || requested.isEmpty()) {
      errors.add("roles", "validation.roles.empty");
      return roles;
    }
    for (String r : requested) {
      Optional<Role> role = Role.parse(r);
      if (role.isEmpty() || role.get() == Role.CITIZEN) {
        errors.add("roles", "validation.role", String.valueOf(r));
      } else {
        roles.add(role.get().name());
      }
    }
    return roles;
  }

  private Set<String> departments(
      Collection<String> requested, Set<String> roles, ApiException.Collector errors) {
    Set<String> departments = new LinkedHashSet<>();
    if (requested != null) {
      for (String d : requested) {
        String code = d == null ? "" : d.trim().toUpperCase(Locale.ROOT);
        if (catalog.snapshot().department(code).isEmpty()) {
          errors.add("departments", "validation.department", String.valueOf(d));
        } else {
          departments.add(code);
        }
      }
    }
    if (roles.contains(Role.OFFICIAL.name())
        && departments.isEmpty()
        && (requested == null || requested.isEmpty())) {
      errors.add("departments", "validation.official.departments");
    }
    return departments;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
