package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.core.audit.AuditLog;
import tr.bel.kucukcekmece.kentsesi.core.mail.CitizenMail;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.time.Times;
import tr.bel.kucukcekmece.kentsesi.identity.CitizenDataExport;
import tr.bel.kucukcekmece.kentsesi.identity.CitizenDeleted;
import tr.bel.kucukcekmece.kentsesi.identity.Citizens;
import tr.bel.kucukcekmece.kentsesi.identity.domain.Account;
import tr.bel.kucukcekmece.kentsesi.identity.domain.AccountToken;
import tr.bel.kucukcekmece.kentsesi.identity.domain.AccountToken.Purpose;
import tr.bel.kucukcekmece.kentsesi.identity.domain.CitizenProfile;

/**
 * Citizen accounts: registration with e-mail and password (PBKDF2) after the KVKK notice,
 * verification by a link sent by e-mail, password reset, the data export and deletion. Registration
 * and reset never tell whether an address is registered (the mailbox owner is told instead).
 * Citizens log in through the same login as staff, with their e-mail address; their username is a
 * random handle, so audit entries never carry an address.
 *
 * <p>Longer than the ~400 lines we aim for: the account's steps are short each, but they share the
 * token, mail and no-enumeration handling, which is easier to keep right when it is read in one
 * place.
 */
@ApplicationScoped
public class CitizenAccounts implements Citizens {

  public static final String NOTICE_VERSION = "2026-1";
  static final int DISPLAY_NAME_MAX = 80;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String HANDLE_ALPHABET = "abcdefghjkmnpqrstvwxyz23456789";

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject AuditLog audit;

  @Inject Catalog catalog;

  @Inject CitizenMail mail;

  @Inject AccountRequestLimits limits;

  @Inject Event<CitizenDeleted> deleted;

  @Inject Event<CitizenDataExport> exports;

  /** What a citizen gives at registration. */
  public record Registration(
      String email,
      String password,
      String displayName,
      String neighbourhoodCode,
      Boolean kvkkAcknowledged,
      String kvkkNoticeVersion,
      String language) {}

  /** A citizen as they see themselves. */
  public record CitizenView(
      String email,
      String displayName,
      String neighbourhoodCode,
      String language,
      boolean verified,
      LocalDateTime createdAt,
      String kvkkNoticeVersion,
      LocalDateTime kvkkAcknowledgedAt) {}

  /** The account whose password a reset token changed, and its credential version now. */
  public record PasswordReset(long accountId, long credentialVersion) {}

  public static String normalizeEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /** The KVKK notice shown at registration. */
  public static String notice(String language) {
    String lang = "en".equals(language) ? "en" : "tr";
    try (InputStream in =
        CitizenAccounts.class
            .getClassLoader()
            .getResourceAsStream("kvkk/account-notice." + lang + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Registers a citizen and mails a verification link. When the address is already registered
   * nothing is created and the mailbox owner is told so instead (the caller sees the same answer
   * either way). A well-formed registration counts against the client address's hourly allowance
   * (429 when it is used up).
   */
  @Transactional
  public void register(Registration r, String client) {
    String email = normalizeEmail(r.email());
    String language = "en".equals(r.language()) ? "en" : "tr";
    ApiException.Collector errors = new ApiException.Collector();
    if (email == null || email.isEmpty()) {
      errors.add("email", "validation.required");
    } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      errors.add("email", "validation.Email");
    }
    String localPart = email == null ? null : email.replaceAll("@.*", "");
    PasswordPolicy.check(localPart, r.password())
        .forEach(i -> errors.add(i.field(), i.key(), i.params()));
    String displayName = r.displayName() == null ? "" : r.displayName().strip();
    if (displayName.isEmpty()) {
      errors.add("displayName", "validation.required");
    } else if (displayName.length() < 2 || displayName.length() > DISPLAY_NAME_MAX) {
      errors.add("displayName", "validation.Size", 2, DISPLAY_NAME_MAX);
    } else if (displayName.contains("@")) {
      errors.add("displayName", "account.displayNameEmail");
    }
    String neighbourhood = neighbourhood(r.neighbourhoodCode(), errors);
    if (!Boolean.TRUE.equals(r.kvkkAcknowledged())) {
      errors.add("kvkkAcknowledged", "account.kvkkRequired");
    } else if (!NOTICE_VERSION.equals(r.kvkkNoticeVersion())) {
      errors.add("kvkkNoticeVersion", "account.kvkkOutdated");
    }
    errors.throwIfAny();
    limits.take(AccountRequestLimits.Kind.REGISTRATION, client);
    Locale locale = locale(language);
    if (profileByEmail(email).isPresent()) {
      mail.sendAfterCommit(
          email,
          Messages.get(locale, "account.mail.exists.subject"),
          Messages.get(
              locale, "account.mail.exists.body", CitizenMail.publicUrl() + "/account.html#reset"));
      return;
    }
    LocalDateTime now = Times.nowUtc();
    Account account = new Account(newHandle(), hasher.hash(r.password()), displayName, email, now);
    account.assign(Set.of(Role.CITIZEN.name()), Set.of());
    em.persist(account);
    em.flush();
    em.persist(
        new CitizenProfile(account.id(), email, neighbourhood, language, NOTICE_VERSION, now));
    String token = newToken(account.id(), Purpose.VERIFY, now, now.plusHours(48));
    audit.record(account.username(), "CITIZEN_REGISTERED", "account", account.username(), null);
    mail.sendAfterCommit(
        email,
        Messages.get(locale, "account.mail.verify.subject"),
        Messages.get(
            locale,
            "account.mail.verify.body",
            displayName,
            CitizenMail.publicUrl() + "/account.html?verify=" + token));
  }

  /**
   * Verifies the address behind a link token; 400 on the field "token" when it is unknown, used or
   * expired.
   */
  @Transactional
  public void verify(String token) {
    AccountToken t = usableToken(token, Purpose.VERIFY);
    LocalDateTime now = Times.nowUtc();
    t.use(now);
    CitizenProfile profile = em.find(CitizenProfile.class, t.accountId());
    profile.verified(now);
    Account account = em.find(Account.class, t.accountId());
    audit.record(account.username(), "CITIZEN_VERIFIED", "account", account.username(), null);
  }

  /**
   * Mails a reset link if the address is registered; the caller learns nothing either way. A
   * well-formed request counts against the client address's hourly allowance (429 when it is used
   * up).
   */
  @Transactional
  public void requestReset(String emailInput, String client) {
    String email = normalizeEmail(emailInput);
    if (email == null || email.isEmpty()) {
      throw ApiException.invalid("email", "validation.required");
    }
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      throw ApiException.invalid("email", "validation.Email");
    }
    limits.take(AccountRequestLimits.Kind.PASSWORD_RESET, client);
    profileByEmail(email)
        .ifPresent(
            p -> {
              LocalDateTime now = Times.nowUtc();
              String token = newToken(p.accountId(), Purpose.RESET, now, now.plusHours(1));
              Locale locale = locale(p.language());
              mail.sendAfterCommit(
                  email,
                  Messages.get(locale, "account.mail.reset.subject"),
                  Messages.get(
                      locale,
                      "account.mail.reset.body",
                      CitizenMail.publicUrl() + "/account.html?reset=" + token));
            });
  }

  /**
   * Sets a new password with a reset token (which also proves the address); the account's sessions
   * end.
   */
  @Transactional
  public PasswordReset resetPassword(String token, String password) {
    if (token == null || token.isBlank()) {
      throw ApiException.invalid("token", "validation.required");
    }
    AccountToken t = usableToken(token, Purpose.RESET);
    Account account = em.find(Account.class, t.accountId());
    String localPart = account.email() == null ? null : account.email().replaceAll("@.*", "");
    ApiException.Collector errors = new ApiException.Collector();
    PasswordPolicy.check(localPart, password)
        .forEach(i -> errors.add(i.field(), i.key(), i.params()));
    errors.throwIfAny();
    LocalDateTime now = Times.nowUtc();
    t.use(now);
    account.changePasswordHash(hasher.hash(password));
    em.find(CitizenProfile.class, account.id()).verified(now);
    audit.record(account.username(), "CITIZEN_PASSWORD_RESET", "account", account.username(), null);
    return new PasswordReset(account.id(), account.credentialVersion());
  }

  @Transactional
  public CitizenView view(long accountId) {
    Account a = citizen(accountId);
    CitizenProfile p = em.find(CitizenProfile.class, accountId);
    return new CitizenView(
        a.email(),
        a.displayName(),
        p.neighbourhoodCode(),
        p.language(),
        p.isVerified(),
        a.createdAt(),
        p.kvkkNoticeVersion(),
        p.kvkkAcknowledgedAt());
  }

  /** Changes the display name, neighbourhood and mail language. */
  @Transactional
  public CitizenView update(
      long accountId, String displayName, String neighbourhoodCode, String language) {
    Account a = citizen(accountId);
    CitizenProfile p = em.find(CitizenProfile.class, accountId);
    ApiException.Collector errors = new ApiException.Collector();
    String name = displayName == null ? a.displayName() : displayName.strip();
    if (name.length() < 2 || name.length() > DISPLAY_NAME_MAX) {
      errors.add("displayName", "validation.Size", 2, DISPLAY_NAME_MAX);
    } else if (name.contains("@")) {
      errors.add("displayName", "account.displayNameEmail");
    }
    String neighbourhood =
        neighbourhoodCode == null
            ? p.neighbourhoodCode()
            : neighbourhood(neighbourhoodCode, errors);
    if (language != null && !language.equals("tr") && !language.equals("en")) {
      errors.add("language", "account.language");
    }
    errors.throwIfAny();
    a.rename(name, a.email());
    p.change(neighbourhood, language == null ? p.language() : language);
    return view(accountId);
  }

  @Override
  @Transactional
  public boolean isVerified(long accountId) {
    CitizenProfile p = em.find(CitizenProfile.class, accountId);
    return p != null && p.isVerified();
  }

  @Override
  @Transactional
  public Optional<Mailbox> mailbox(long accountId) {
    CitizenProfile p = em.find(CitizenProfile.class, accountId);
    if (p == null || !p.isVerified()) {
      return Optional.empty();
    }
    Account a = em.find(Account.class, accountId);
    return Optional.of(new Mailbox(a.email(), p.language(), a.displayName()));
  }

  /** Everything held about the citizen: the account, the profile and every feature's section. */
  @Transactional
  public Map<String, Object> export(long accountId) {
    CitizenView v = view(accountId);
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("email", v.email());
    account.put("displayName", v.displayName());
    account.put("neighbourhoodCode", v.neighbourhoodCode());
    account.put("language", v.language());
    account.put("verified", v.verified());
    account.put("createdAt", String.valueOf(Times.toOffset(v.createdAt())));
    account.put("kvkkNoticeVersion", v.kvkkNoticeVersion());
    account.put("kvkkAcknowledgedAt", String.valueOf(Times.toOffset(v.kvkkAcknowledgedAt())));
    account.put("passwordStored", "PBKDF2-HMAC-SHA512 hash only");
    out.put("account", account);
    CitizenDataExport export = new CitizenDataExport(accountId, new LinkedHashMap<>());
    exports.fire(export);
    out.putAll(export.sections());
    Account a = em.find(Account.class, accountId);
    audit.record(a.username(), "CITIZEN_DATA_EXPORTED", "account", a.username(), null);
    return out;
  }

  /**
   * Deletes the account after checking the password: features anonymise first (contributions stay
   * as "deleted account"), then the profile, tokens and account go.
   */
  @Transactional
  public void delete(long accountId, String password) {
    Account a = citizen(accountId);
    if (password == null || password.isEmpty()) {
      throw ApiException.invalid("password", "validation.required");
    }
    if (!hasher.verify(password, a.passwordHash())) {
      throw ApiException.invalid("password", "account.passwordWrong");
    }
    deleted.fire(new CitizenDeleted(accountId));
    em.createNamedQuery("AccountToken.deleteForAccount")
        .setParameter("account", accountId)
        .executeUpdate();
    em.remove(em.find(CitizenProfile.class, accountId));
    String handle = a.username();
    em.remove(a);
    audit.record(handle, "CITIZEN_DELETED", "account", handle, null);
  }

  private Account citizen(long accountId) {
    Account a = em.find(Account.class, accountId);
    if (a == null || em.find(CitizenProfile.class, accountId) == null) {
      throw ApiException.notFound("account-not-found");
    }
    return a;
  }

  private Optional<CitizenProfile> profileByEmail(String email) {
    return em.createQuery(
            "select p from CitizenProfile p where p.emailKey = :email", CitizenProfile.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  private String neighbourhood(String code, ApiException.Collector errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (catalog.snapshot().neighbourhood(c).isEmpty()) {
      errors.add("neighbourhoodCode", "proposal.neighbourhoodUnknown", code);
      return null;
    }
    return c;
  }

  private AccountToken usableToken(String token, Purpose purpose) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw ApiException.invalid("token", "account.tokenInvalid");
    }
    AccountToken t =
        em.createNamedQuery("AccountToken.byHash", AccountToken.class)
            .setParameter("hash", sha256(token))
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (t == null || !t.usableFor(purpose, Times.nowUtc())) {
      throw ApiException.invalid("token", "account.tokenInvalid");
    }
    return t;
  }

  private String newToken(
      long accountId, Purpose purpose, LocalDateTime now, LocalDateTime expires) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.persist(new AccountToken(accountId, purpose, sha256(token), now, expires));
    return token;
  }

  private static String newHandle() {
    StringBuilder b = new StringBuilder("c-");
    for (int i = 0; i < 14; i++) {
      b.append(HANDLE_ALPHABET.charAt(RANDOM.nextInt(HANDLE_ALPHABET.length())));
    }
    return b.toString();
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Locale locale(String language) {
    return "en".equals(language) ? Messages.ENGLISH : Messages.TURKISH;
  }
}
