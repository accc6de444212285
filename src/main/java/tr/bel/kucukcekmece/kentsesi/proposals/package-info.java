/** Participation proposals: proposals, supports, comments, moderation, official answers and accountability. */
package tr.bel.kucukcekmece.kentsesi.proposals;
