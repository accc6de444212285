package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.catalog.Catalog;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;
import tr.bel.kucukcekmece.kentsesi.core.mail.MailSender;
import tr.bel.kucukcekmece.kentsesi.core.rest.Messages;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.EventType;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;

/**
 * E-mails a citizen who left an address whenever the public state of their submission changes
 * (received, status changed, answered, forwarded, reopened), in the language they wrote in. Sent
 * after the change is committed, off the request thread, through the SMTP server in {@code
 * KENTSESI_SMTP_HOST}/{@code _PORT}. Without a configured server, nothing is sent. The address is
 * never logged.
 */
@ApplicationScoped
public class FeedbackMailer {

  private static final Logger LOG = Logger.getLogger(FeedbackMailer.class.getName());

  @PersistenceContext(unitName = "kentsesi")
  EntityManager em;

  @Inject ContactCipher cipher;

  @Inject Catalog catalog;

  @Resource ManagedExecutorService executor;

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedbackChanged change) {
    if (change.type() == EventType.RATED || CoreSettings.SMTP_HOST.get().isEmpty()) {
      return;
    }
    Feedback f = em.find(Feedback.class, change.feedbackId());
    if (f == null || !f.notifyEmail() || f.contactCiphertext() == null) {
      return;
    }
    ContactCipher.Contact contact = cipher.decrypt(f.contactCiphertext());
    if (contact == null || contact.email() == null) {
      return;
    }
    Locale locale = "en".equals(f.language()) ? Messages.ENGLISH : Messages.TURKISH;
    String status = Messages.get(locale, "status." + f.status().name());
    String service =
        catalog
            .snapshot()
            .service(f.serviceCode())
            .map(s -> locale == Messages.ENGLISH ? s.nameEn() : s.nameTr())
            .orElse(f.serviceCode());
    String link = CoreSettings.publicBase() + "/track.html?code=" + f.trackingCode();
    String subject = Messages.get(locale, "mail.subject", f.trackingCode(), status);
    StringBuilder body = new StringBuilder();
    body.append(Messages.get(locale, "mail.greeting")).append("\n\n");
    body.append(Messages.get(locale, "mail.status", f.trackingCode(), service, status))
        .append("\n");
    if (change.type() == EventType.TRANSFERRED) {
      String dept =
          catalog
              .snapshot()
              .department(f.departmentCode())
              .map(d -> locale == Messages.ENGLISH ? d.nameEn() : d.nameTr())
              .orElse(f.departmentCode());
      body.append(Messages.get(locale, "mail.transferred", dept)).append("\n");
    }
    if (f.publicResponse() != null
        && (change.type() == EventType.RESPONDED || f.status().isAnsweredOrDone())) {
      body.append("\n")
          .append(Messages.get(locale, "mail.response"))
          .append("\n")
          .append(f.publicResponse())
          .append("\n");
    }
    body.append("\n").append(Messages.get(locale, "mail.due", f.dueDate())).append("\n");
    body.append(Messages.get(locale, "mail.link", link)).append("\n\n");
    body.append(Messages.get(locale, "mail.footer")).append("\n");
    String to = contact.email();
    String code = f.trackingCode();
    executor.submit(() -> send(to, subject, body.toString(), code));
  }

  private static void send(String to, String subject, String text, String trackingCode) {
    try {
      MailSender.send(to, subject, text);
    } catch (MessagingException | RuntimeException e) {
      LOG.warning(
          "E-mail about " + trackingCode + " could not be sent: " + e.getClass().getSimpleName());
    }
  }
}
