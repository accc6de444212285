/** Typed access to the portal's MicroProfile Config keys (environment variables work too). */
package tr.bel.kucukcekmece.kentsesi.core.config;
