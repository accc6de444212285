/**
 * Account rules (password policy, roles, departments), the identity store, login throttling,
 * bootstrap.
 */
package tr.bel.kucukcekmece.kentsesi.identity.application;
