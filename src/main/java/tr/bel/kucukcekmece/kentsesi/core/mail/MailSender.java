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
import tr.bel.kucukcekmece.kentsesi.core.config.Settings;

/**
 * Sends one plain-text UTF-8 e-mail through the configured SMTP server ({@code kentsesi.smtp.host}, {@code .port},
 * {@code .starttls}, {@code .user}, {@code .password}, {@code .from}). Callers send after commit, off the request
 * thread, and log a failure without the address.
 */
public final class MailSender {

  private MailSender() {}

  /** Whether an SMTP host is configured at all. */
  public static boolean configured() {
    return Settings.get("kentsesi.smtp.host").isPresent();
  }

  /** Sends the message; throws on failure (the caller decides how to log it). */
  public static void send(String to, String subject, String text) throws MessagingException {
    Properties props = new Properties();
    props.put("mail.smtp.host", Settings.get("kentsesi.smtp.host", "localhost"));
    props.put("mail.smtp.port", Settings.get("kentsesi.smtp.port", "25"));
    props.put("mail.smtp.connectiontimeout", "10000");
    props.put("mail.smtp.timeout", "10000");
    props.put("mail.smtp.starttls.enable", Settings.get("kentsesi.smtp.starttls", "false"));
    var user = Settings.get("kentsesi.smtp.user");
    props.put("mail.smtp.auth", String.valueOf(user.isPresent()));
    Session session = Session.getInstance(props, user.isEmpty() ? null : new jakarta.mail.Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(user.get(), Settings.get("kentsesi.smtp.password", ""));
      }
    });
    MimeMessage m = new MimeMessage(session);
    m.setFrom(new InternetAddress(Settings.get("kentsesi.smtp.from", "Kent Sesi <noreply@kucukcekmece.bel.tr>")));
    m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
    m.setSubject(subject, StandardCharsets.UTF_8.name());
    m.setText(text, StandardCharsets.UTF_8.name());
    m.setSentDate(new Date());
    Transport.send(m);
  }
}
