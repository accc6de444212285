/** The feedback entity, its timeline events, channels and the deadline rules. */
package tr.bel.kucukcekmece.kentsesi.feedback.domain;
