/**
 * The measures kept per rollup cell, the figures computed from them, KPIs and their yearly targets.
 */
package tr.bel.kucukcekmece.kentsesi.transparency.domain;
