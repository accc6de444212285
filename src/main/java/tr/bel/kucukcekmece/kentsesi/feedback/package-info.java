/** Citizen feedback and requests: submission, tracking codes, legal deadlines, the officials' inbox, notifications. */
package tr.bel.kucukcekmece.kentsesi.feedback;
