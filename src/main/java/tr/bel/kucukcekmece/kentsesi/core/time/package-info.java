/** Time conventions: stored in UTC, dates of deadlines in İstanbul time. */
package tr.bel.kucukcekmece.kentsesi.core.time;
