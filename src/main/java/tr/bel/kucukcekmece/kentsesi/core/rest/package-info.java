/**
 * The REST edge: the JAX-RS application, problem+json errors in the caller's language, JSON-B
 * settings.
 */
package tr.bel.kucukcekmece.kentsesi.core.rest;
