package tr.bel.kucukcekmece.kentsesi.core.security;

import java.util.Optional;

/**
 * Roles. Staff: an OFFICIAL is bound to one or more departments; ADMIN sees everything. A CITIZEN
 * is a resident's own account (proposals, supports, comments); it never opens the staff area.
 */
public enum Role {
  ADMIN,
  OFFICIAL,
  MODERATOR,
  EDITOR,
  CITIZEN;

  public static final String ADMIN_NAME = "ADMIN";
  public static final String OFFICIAL_NAME = "OFFICIAL";
  public static final String MODERATOR_NAME = "MODERATOR";
  public static final String EDITOR_NAME = "EDITOR";
  public static final String CITIZEN_NAME = "CITIZEN";

  public static Optional<Role> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (Role r : values()) {
      if (r.name().equals(name.trim().toUpperCase(java.util.Locale.ROOT))) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
