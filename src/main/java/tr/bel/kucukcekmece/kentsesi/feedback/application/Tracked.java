package tr.bel.kucukcekmece.kentsesi.feedback.application;

import java.util.List;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.Feedback;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.FeedbackEvent;

/** A submission with its timeline. */
public record Tracked(Feedback feedback, List<FeedbackEvent> events) {}
