package tr.bel.kucukcekmece.kentsesi.core.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;

/**
 * Sends one plain-text UTF-8 e-mail through the configured SMTP server ({@code kentsesi.smtp.host},
 * {@code .port}, {@code .starttls}, {@code .user}, {@code .password}, {@code .from}). Callers send
 * after commit, off the request thread, and log a failure without the address.
 */
public final class MailSender {

  private MailSender() {}

  /** Whether an SMTP host is configured at all. */
  public static boolean configured() {
    return CoreSettings.SMTP_HOST.get().isPresent();
  }

  /** Sends the message; throws on failure (the caller decides how to log it). */
  public static void send(String to, String subject, String text) throws MessagingException {
    Properties props = new Properties();
    props.put("mail.smtp.host", CoreSettings.SMTP_HOST.get().orElse("localhost"));
    props.put("mail.smtp.port", String.valueOf(CoreSettings.SMTP_PORT.get()));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.starttls.enable", String.valueOf(CoreSettings.SMTP_STARTTLS.get()));
    var user = CoreSettings.SMTP_USER.get();
    props.put("mail.smtp.auth", String.valueOf(user.isPresent()));
    Session session =
        Session.getInstance(
            props,
            user.isEmpty()
                ? null
                : new jakarta.mail.Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(
                        user.get(), CoreSettings.SMTP_PASSWORD.get().orElse(""));
                  }
                });
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(CoreSettings.SMTP_FROM.get()));
    m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
    m.setSubject(subject, StandardCharsets.UTF_8.name());
    m.setText(text, StandardCharsets.UTF_8.name());
    m.setSentDate(new Date());
    Transport.send(m);
  }
}
