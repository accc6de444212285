package tr.bel.kucukcekmece.kentsesi.core.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Logger;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * Sends plain-text e-mails to citizens through the SMTP server in {@code kentsesi.smtp.*}, after
 * the current transaction commits (nothing is sent for a change that was rolled back) and off the
 * request thread. Without a configured host nothing is sent. Addresses are never logged.
 */
@ApplicationScoped
public class CitizenMail {

  private static final Logger LOG = Logger.getLogger(CitizenMail.class.getName());

  @Resource ManagedExecutorService executor;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The portal's public base address, for links in e-mails. */
  public static String publicUrl() {
    return CoreSettings.publicBase();
  }

  /** Sends the mail once the running transaction has committed (at once when none runs). */
  public void sendAfterCommit(String to, String subject, String text) {
    if (CoreSettings.SMTP_HOST.get().isEmpty() || to == null) {
      return;
    }
    boolean inTransaction;
    try {
      inTransaction =
          transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    } catch (RuntimeException e) {
      inTransaction = false;
    }
    if (!inTransaction) {
      executor.submit(() -> send(to, subject, text));
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              executor.submit(() -> send(to, subject, text));
            }
          }
        });
  }

  private static void send(String to, String subject, String text) {
    try {
      MailSender.send(to, subject, text);
    } catch (MessagingException | RuntimeException e) {
      LOG.warning("A citizen e-mail could not be sent: " + e.getClass().getSimpleName());
    }
  }
}
