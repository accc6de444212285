/**
 * Roles, the session-based Jakarta Security mechanism, access rules and CSRF protection for the
 * API.
 */
package tr.bel.kucukcekmece.kentsesi.core.security;
