/**
 * The proposal services: transactions, permissions, thresholds, moderation, search index, mail,
 * figures.
 */
package tr.bel.kucukcekmece.kentsesi.proposals.application;
