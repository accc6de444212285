/** MicroProfile Health checks. */
package tr.bel.kucukcekmece.kentsesi.core.health;
