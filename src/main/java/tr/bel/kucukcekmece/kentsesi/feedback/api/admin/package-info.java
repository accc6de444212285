/** The officials' inbox API, scoped to the departments of the logged-in official. */
package tr.bel.kucukcekmece.kentsesi.feedback.api.admin;
