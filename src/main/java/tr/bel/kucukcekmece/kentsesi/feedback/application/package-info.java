/**
 * Submission, tracking, inbox work, contact encryption and erasure, rate limits, e-mail and service
 * suggestions.
 */
package tr.bel.kucukcekmece.kentsesi.feedback.application;
