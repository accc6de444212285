package tr.bel.kucukcekmece.kentsesi.feedback.domain;

/** Kinds of timeline events. Internal notes and assignments are never shown to the public. */
public enum EventType {
  RECEIVED(true),
  STATUS_CHANGED(true),
  RESPONDED(true),
  TRANSFERRED(true),
  REOPENED(true),
  RATED(true),
  ASSIGNED(false),
  NOTE(false),
  CONTACT_ERASED(false);

  private final boolean publicEvent;

  EventType(boolean publicEvent) {
    this.publicEvent = publicEvent;
  }

  public boolean isPublic() {
    return publicEvent;
  }
}
