/** Shared Lucene support: Turkish- and English-aware analysis used by every index of the portal. */
package tr.bel.kucukcekmece.kentsesi.core.search;
