/**
 * Proposal, support, comment, milestone, flag and event entities, the states and the text rules.
 */
package tr.bel.kucukcekmece.kentsesi.proposals.domain;
