package tr.bel.kucukcekmece.kentsesi.feedback.application;

import tr.bel.kucukcekmece.kentsesi.feedback.FeedbackStatus;
import tr.bel.kucukcekmece.kentsesi.feedback.domain.EventType;

/**
 * Fired (after commit) when a submission is created or its public state changes; other parts of the
 * portal (e-mail, the service suggester, statistics) react to it.
 */
public record FeedbackChanged(
    long feedbackId,
    String trackingCode,
    EventType type,
    FeedbackStatus status,
    String departmentCode,
    String serviceCode) {}
