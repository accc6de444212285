package tr.bel.kucukcekmece.kentsesi.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.catalog.Department;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;

/**
 * Demo staff for {@code KENTSESI_DEMO=true}: one official per department ({@code yetkili.<code>}),
 * a moderator, an editor and a Strategy Development analyst, all with the demo password from the
 * README. Never use in production.
 */
@ApplicationScoped
public class IdentityDemoData {

  /** The demo password, published in the README; demo mode only. */
  public static final String DEMO_PASSWORD = "Demo-Kent-2026";

  @Inject AccountService accounts;

  @Inject Catalog catalog;

  /** Creates the demo staff accounts that do not exist yet; returns how many it created. */
  public int seedStaff() {
    String hash = null;
    int created = 0;
    for (Department d : catalog.snapshot().departments()) {
      String username = "yetkili." + d.code().toLowerCase(Locale.ROOT);
      if (accounts.findByUsername(username).isPresent()) {
        continue;
      }
      hash = hash == null ? accounts.hash(DEMO_PASSWORD) : hash;
      if (accounts.createIfAbsent(
          username,
          d.nameTr() + " Yetkilisi",
          hash,
          Set.of(Role.OFFICIAL.name()),
          Set.of(d.code()))) {
        created++;
      }
    }
    String[][] staff = {
      {"moderator", "Moderatör", Role.MODERATOR.name()},
      {"editor", "İçerik Editörü", Role.EDITOR.name()},
    };
    for (String[] s : staff) {
      if (accounts.findByUsername(s[0]).isEmpty()) {
        hash = hash == null ? accounts.hash(DEMO_PASSWORD) : hash;
        if (accounts.createIfAbsent(s[0], s[1], hash, Set.of(s[2]), Set.of())) {
          created++;
        }
      }
    }
    return created;
  }
}
