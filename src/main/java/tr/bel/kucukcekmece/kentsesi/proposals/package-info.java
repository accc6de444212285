/**
 * Participation proposals: proposals, supports, comments, moderation, official answers and
 * accountability.
 *
 * <p>Publishes no types: no other feature uses proposals. Its public figures and open data reach
 * the transparency feature through {@code core.stats}. Everything in the sub-packages is internal.
 */
package tr.bel.kucukcekmece.kentsesi.proposals;
