/**
 * Test-only server code that {@link tr.bel.kucukcekmece.kentsesi.it.SharedPortal} adds to the
 * shared portal's WAR: fixtures and probes under {@code /api/test-fixture/}, left out of the
 * OpenAPI document.
 */
package tr.bel.kucukcekmece.kentsesi.it.server;
