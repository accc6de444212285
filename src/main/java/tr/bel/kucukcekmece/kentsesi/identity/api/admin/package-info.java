/** Administrators' account management and their view of the audit log ({@code core.audit}). */
package tr.bel.kucukcekmece.kentsesi.identity.api.admin;
