package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tr.bel.kucukcekmece.kentsesi.core.rest.ApiException;
import tr.bel.kucukcekmece.kentsesi.core.security.Role;
import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;
import tr.bel.kucukcekmece.kentsesi.identity.Citizens;

/**
 * Who may take part: citizens only (403 {@code citizen-only}), and for anything that publishes text
 * or counts a voice (proposing, supporting, commenting, flagging) a verified account (403 {@code
 * account-not-verified}).
 */
@ApplicationScoped
public class CitizenGate {

  @Inject Citizens citizens;

  void requireCitizen(SessionUser user) {
    if (!user.hasRole(Role.CITIZEN)) {
      throw ApiException.forbidden("citizen-only");
    }
  }

  void requireVerifiedCitizen(SessionUser user) {
    requireCitizen(user);
    if (!citizens.isVerified(user.accountId())) {
      throw ApiException.forbidden("account-not-verified");
    }
  }
}
