/** Account and audit entities with their repository. */
package tr.bel.kucukcekmece.kentsesi.identity.domain;
