package tr.bel.kucukcekmece.kentsesi.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Registers citizens over the API and reads their mails from the test SMTP server (GreenMail). */
final class Citizens {

  static final String PASSWORD = "Kent-Vatandas-2026";
  private static final Pattern TOKEN = Pattern.compile("[?&](verify|reset)=([A-Za-z0-9_-]+)");

  private final URL base;
  private final GreenMail smtp;

  Citizens(URL base, GreenMail smtp) {
    this.base = base;
    this.smtp = smtp;
  }

  static String newEmail(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 10) + "@example.org";
  }

  static String registration(String email, String displayName) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("password", PASSWORD)
        .add("displayName", displayName)
        .add("kvkkAcknowledged", true)
        .add("kvkkNoticeVersion", "2026-1")
        .build()
        .toString();
  }

  /** Registers without verifying. */
  Http.Res register(String email, String displayName) {
    return new Http(base).post("api/accounts", registration(email, displayName));
  }

  /** A verified, logged-in citizen. */
  Http verified(String displayName) {
    String email = newEmail("v");
    Http.Res r = register(email, displayName);
    if (r.status() != 202) {
      throw new AssertionError(r.status() + " " + r.body());
    }
    String token = token(email, "verify");
    Http h = new Http(base);
    Http.Res v = h.post("api/accounts/verify", "{\"token\":\"" + token + "\"}");
    if (v.status() != 200) {
      throw new AssertionError(v.status() + " " + v.body());
    }
    h.login(email, PASSWORD);
    h.email = email;
    return h;
  }

  /** The token of the latest verify/reset link mailed to the address. */
  String token(String to, String kind) {
    return tokenFrom(mail(to, kind));
  }

  static String tokenFrom(String text) {
    Matcher m = TOKEN.matcher(text);
    String last = null;
    while (m.find()) {
      last = m.group(2);
    }
    if (last == null) {
      throw new AssertionError("no link token in: " + text);
    }
    return last;
  }

  /** The text of the latest mail to the address whose body contains the part. */
  String mail(String to, String part) {
    long deadline = System.currentTimeMillis() + 20_000;
    try {
      while (System.currentTimeMillis() < deadline) {
        MimeMessage[] all = smtp.getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
          MimeMessage m = all[i];
          if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
            String text = m.getSubject() + "\n" + m.getContent();
            if (text.contains(part)) {
              return text;
            }
          }
        }
        smtp.waitForIncomingEmail(500, all.length + 1);
      }
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no e-mail to " + to + " containing " + part);
  }

  /** How many mails the address received. */
  long count(String to) {
    try {
      long n = 0;
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)) {
          n++;
        }
      }
      return n;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
