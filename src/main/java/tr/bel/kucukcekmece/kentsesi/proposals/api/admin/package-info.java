/** Officials' proposal queue and answers; moderators' queue and word list. */
package tr.bel.kucukcekmece.kentsesi.proposals.api.admin;
