package tr.bel.kucukcekmece.kentsesi.core.security;

import java.util.Optional;

/** Staff roles. An OFFICIAL is bound to one or more departments; ADMIN sees everything. */
public enum Role {
  ADMIN,
  OFFICIAL,
  MODERATOR,
  EDITOR;

  public static final String ADMIN_NAME = "ADMIN";
  public static final String OFFICIAL_NAME = "OFFICIAL";
  public static final String MODERATOR_NAME = "MODERATOR";
  public static final String EDITOR_NAME = "EDITOR";

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
