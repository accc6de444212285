/**
 * Shared kernel used by every feature: configuration, persistence, REST edge, security, startup.
 */
package tr.bel.kucukcekmece.kentsesi.core;
