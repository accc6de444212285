/**
 * Logging policy: repeated faults are counted instead of written again, so an outage cannot flood
 * the log.
 */
package tr.bel.kucukcekmece.kentsesi.core.logging;
