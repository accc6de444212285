package tr.bel.kucukcekmece.kentsesi.identity;

import java.util.Optional;

/**
 * What other features may ask about a citizen account: whether it is verified, and where mails to
 * it go.
 */
public interface Citizens {

  /** Where mails to a citizen go and in which language. */
  record Mailbox(String email, String language, String displayName) {}

  /** Whether the account is a citizen whose address is verified. */
  boolean isVerified(long accountId);

  /** The mailbox of a verified citizen (for notifications), if there is one. */
  Optional<Mailbox> mailbox(long accountId);
}
