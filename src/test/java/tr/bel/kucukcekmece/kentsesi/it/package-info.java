/**
 * Integration tests against the real portal (Payara Micro and the built WAR in a process of its
 * own): the API over HTTP, persistence through a test-only probe, browser journeys. The classes
 * share one portal per test run ({@link tr.bel.kucukcekmece.kentsesi.it.SharedPortal}); those that
 * need a configuration of their own start one ({@link
 * tr.bel.kucukcekmece.kentsesi.it.PortalProcess}).
 */
package tr.bel.kucukcekmece.kentsesi.it;
