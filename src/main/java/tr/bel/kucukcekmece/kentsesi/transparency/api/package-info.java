/** The public transparency summary and the open data downloads. */
package tr.bel.kucukcekmece.kentsesi.transparency.api;
