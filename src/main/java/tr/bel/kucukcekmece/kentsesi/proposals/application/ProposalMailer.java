package tr.bel.kucukcekmece.kentsesi.proposals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import tr.bel.kucukcekmece.kentsesi.core.mail.CitizenMail;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.identity.Citizens;
import tr.bel.kucukcekmece.kentsesi.proposals.domain.Proposal;

/**
 * E-mails the followers of a proposal (verified citizens; the author follows from the start) when
 * its state changes or an official answers, in each follower's language, after the change commits.
 */
@ApplicationScoped
public class ProposalMailer {

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject Citizens citizens;

  @Inject CitizenMail mail;

  /** Must run inside the transaction that made the change. */
  public void stateChanged(Proposal p, String reason) {
    for (Object id :
        em.createNativeQuery("select account_id from proposal_follow where proposal_id = ?")
            .setParameter(1, p.id())
            .getResultList()) {
      citizens
          .mailbox(((Number) id).longValue())
          .ifPresent(
              box -> {
                Locale locale = "en".equals(box.language()) ? Messages.ENGLISH : Messages.TURKISH;
                String state = Messages.get(locale, "proposal.state." + p.state().name());
                String link = CitizenMail.publicUrl() + "/proposal.html?id=" + p.id();
                StringBuilder body = new StringBuilder();
                body.append(Messages.get(locale, "proposal.mail.greeting", box.displayName()))
                    .append("\n\n");
                body.append(Messages.get(locale, "proposal.mail.state", p.title(), state))
                    .append("\n");
                if (reason != null && !reason.isBlank()) {
                  body.append("\n")
                      .append(Messages.get(locale, "proposal.mail.reason"))
                      .append("\n")
                      .append(reason)
                      .append("\n");
                }
                body.append("\n")
                    .append(Messages.get(locale, "proposal.mail.link", link))
                    .append("\n\n");
                body.append(Messages.get(locale, "proposal.mail.footer")).append("\n");
                mail.sendAfterCommit(
                    box.email(),
                    Messages.get(locale, "proposal.mail.subject", p.title(), state),
                    body.toString());
              });
    }
  }
}
