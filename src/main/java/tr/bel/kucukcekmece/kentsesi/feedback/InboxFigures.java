package tr.bel.kucukcekmece.kentsesi.feedback;

import tr.bel.kucukcekmece.kentsesi.core.security.SessionUser;

/**
 * Figures of the officials' inbox for other features (the transparency dashboard links to the
 * overdue list).
 */
public interface InboxFigures {

  /**
   * Open submissions past their due date in the inbox of {@code departmentCode} (null: every
   * department the user works for), as the inbox's "overdue" list counts them.
   *
   * @throws tr.bel.kucukcekmece.kentsesi.core.rest.ApiException 403 when the user has no inbox of
   *     that department
   */
  long overdue(String departmentCode, SessionUser user);
}
