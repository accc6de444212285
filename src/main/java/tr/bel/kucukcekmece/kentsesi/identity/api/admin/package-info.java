/** Administrators' account management and audit log. */
package tr.bel.kucukcekmece.kentsesi.identity.api.admin;
