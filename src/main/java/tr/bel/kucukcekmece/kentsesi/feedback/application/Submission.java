package tr.bel.kucukcekmece.kentsesi.feedback.application;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Channel;

/**
 * What a citizen (or an official on their behalf) submits. Fields arrive unchecked from the API;
 * the feedback service checks every one and reports all problems together.
 */
public record Submission(
    String kind,
    String serviceCode,
    Integer rating,
    String comment,
    String neighbourhoodCode,
    ContactCipher.Contact contact,
    Boolean kvkkAcknowledged,
    String kvkkNoticeVersion,
    String language,
    String website) {

  /**
   * The submission in a canonical form, with how and by whom it was entered: every field in a fixed
   * order, each length-prefixed (absent and empty differ), so two requests give the same bytes
   * exactly when they ask for the same thing. Kept (as a keyed fingerprint) with the
   * Idempotency-Key to tell a retry from another request.
   */
  public byte[] canonical(Channel channel, String actor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String field :
        Arrays.asList(
            channel == null ? null : channel.name(),
            actor,
            kind,
            serviceCode,
            rating == null ? null : rating.toString(),
            comment,
            neighbourhoodCode,
            contact == null ? null : "contact",
            contact == null ? null : contact.name(),
            contact == null ? null : contact.email(),
            contact == null ? null : contact.phone(),
            kvkkAcknowledged == null ? null : kvkkAcknowledged.toString(),
            kvkkNoticeVersion,
            language,
            website)) {
      if (field == null) {
        out.write(0);
        continue;
      }
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      out.write(1);
      out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
      out.writeBytes(bytes);
    }
    return out.toByteArray();
  }
}
