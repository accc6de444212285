package tr.bel.kucukcekmece.kentsesi.feedback.domain;

/**
 * How a submission reached the municipality. Officials record the channel when they enter one for a
 * citizen.
 */
public enum Channel {
  WEB,
  PHONE,
  IN_PERSON,
  EMAIL,
  CIMER
}
