/** Feedback entities, kinds, statuses and their transitions, tracking codes and deadline rules. */
package tr.bel.kucukcekmece.kentsesi.feedback.domain;
