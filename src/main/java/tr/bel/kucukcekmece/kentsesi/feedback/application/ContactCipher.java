package tr.bel.kucukcekmece.kentsesi.feedback.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tr.bel.kucukcekmece.kentsesi.core.config.CoreSettings;
import tr.bel.kucukcekmece.kentsesi.core.config.Setting;
import tr.bel.kucukcekmece.kentsesi.core.startup.PortalStarted;
import tr.bel.kucukcekmece.kentsesi.core.startup.StartupRefused;

/**
 * Encrypts citizens' contact data at rest with AES-256-GCM. The key is {@code KENTSESI_CONTACT_KEY}
 * (32 bytes, base64); without it the portal refuses to start, except in demo mode where a fixed
 * demo key is used.
 */
@ApplicationScoped
public class ContactCipher {

  private static final Logger LOG = Logger.getLogger(ContactCipher.class.getName());
  private static final String PREFIX = "v1:";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final JsonProvider JSON = JsonProvider.provider();

  private volatile SecretKey key;

  /** Contact details a citizen chose to give. */
  public record Contact(String name, String email, String phone) {}

  public ContactCipher() {}

  /**
   * A cipher with the given key, as after start (for tests: no configuration or environment is
   * read).
   */
  ContactCipher(SecretKey key) {
    this.key = key;
  }

  void onStart(@Observes @Priority(50) PortalStarted started) {
    key = loadKey(started.demo());
  }

  static SecretKey loadKey(boolean demo) {
    return loadKey(FeedbackSettings.CONTACT_KEY.text(), demo);
  }

  /**
   * The key from the configured value (base64 of 32 bytes), the demo key, or a refusal to start.
   */
  static SecretKey loadKey(Optional<String> configured, boolean demo) {
    if (configured.isPresent()) {
      try {
        return new SecretKeySpec(keyBytes(configured.get()), "AES");
      } catch (Setting.Rejected e) {
        throw new StartupRefused(
            "KENTSESI_CONTACT_KEY must be base64 of 32 random bytes (e.g. "
                + "'openssl rand -base64 32'); "
                + e.getMessage()
                + ".");
      }
    }
    if (!demo) {
      throw new StartupRefused(
          "KENTSESI_CONTACT_KEY is not set: citizens' contact data must be encrypted at rest "
              + "(generate one with 'openssl rand -base64 32'; only demo mode runs without it).");
    }
    LOG.warning(
        "Demo mode without KENTSESI_CONTACT_KEY: contact data is encrypted with a fixed demo key.");
    try {
      byte[] raw =
          MessageDigest.getInstance("SHA-256")
              .digest("kentsesi-demo-key".getBytes(StandardCharsets.UTF_8));
      return new SecretKeySpec(raw, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The key's 32 bytes from its configured base64 text; {@link Setting.Rejected} says what is
   * wrong.
   */
  static byte[] keyBytes(String configured) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(configured);
    } catch (IllegalArgumentException e) {
      throw new Setting.Rejected("it is not valid base64");
    }
    if (raw.length != 32) {
      throw new Setting.Rejected("it is " + raw.length + " bytes");
    }
    return raw;
  }

  private SecretKey key() {
    SecretKey k = key;
    if (k == null) {
      k = loadKey(CoreSettings.demo());
      key = k;
    }
    return k;
  }

  /**
   * The fingerprint of a request kept with its Idempotency-Key: HMAC-SHA256 (hex) under a key
   * derived from the contact key, so that the contact data inside the request cannot be guessed
   * back from the stored value.
   */
  public String fingerprint(byte[] canonicalRequest) {
    try {
      javax.crypto.Mac derive = javax.crypto.Mac.getInstance("HmacSHA256");
      derive.init(new SecretKeySpec(key().getEncoded(), "HmacSHA256"));
      byte[] subkey =
          derive.doFinal("kentsesi idempotency fingerprint".getBytes(StandardCharsets.UTF_8));
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(subkey, "HmacSHA256"));
      return java.util.HexFormat.of().formatHex(mac.doFinal(canonicalRequest));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("fingerprint failed", e);
    }
  }

  public String encrypt(Contact contact) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    if (contact.name() != null) {
      b.add("name", contact.name());
    }
    if (contact.email() != null) {
      b.add("email", contact.email());
    }
    if (contact.phone() != null) {
      b.add("phone", contact.phone());
    }
    byte[] plain = b.build().toString().getBytes(StandardCharsets.UTF_8);
    try {
      byte[] iv = new byte[12];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain);
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("contact encryption failed", e);
    }
  }

  public Contact decrypt(String ciphertext) {
    if (ciphertext == null || !ciphertext.startsWith(PREFIX)) {
      return null;
    }
    try {
      byte[] in = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, in, 0, 12));
      byte[] plain = cipher.doFinal(in, 12, in.length - 12);
      JsonObject o =
          JSON.createReader(new StringReader(new String(plain, StandardCharsets.UTF_8)))
              .readObject();
      return new Contact(
          o.getString("name", null), o.getString("email", null), o.getString("phone", null));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "contact data cannot be decrypted with the configured key", e);
    }
  }
}
