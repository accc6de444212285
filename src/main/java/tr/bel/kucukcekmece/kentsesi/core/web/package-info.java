/** Servlet filters that guard every response: security headers, body size limits, readiness. */
package tr.bel.kucukcekmece.kentsesi.core.web;
