/** Login, logout and the current session. */
package tr.bel.kucukcekmece.kentsesi.identity.api;
