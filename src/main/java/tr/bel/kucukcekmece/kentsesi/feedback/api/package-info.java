/**
 * The citizens' feedback API: submit, track, rate the resolution, reopen, suggestions, KVKK notice.
 */
package tr.bel.kucukcekmece.kentsesi.feedback.api;
