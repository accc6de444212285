/**
 * The audit log: who did what to which record. Every feature writes to it inside its own
 * transaction; the administrators read it through the identity feature's admin API.
 */
package tr.bel.kucukcekmece.kentsesi.core.audit;
