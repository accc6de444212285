/** Public and citizens' proposal API. */
package tr.bel.kucukcekmece.kentsesi.proposals.api;
