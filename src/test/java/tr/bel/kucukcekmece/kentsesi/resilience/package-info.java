/**
 * The resilience suite's drivers: a private PostgreSQL that can be stopped, write load with
 * idempotent retries, and the kill -9 and database-outage scenarios, run both as commands ({@code
 * src/resilience/}) and as integration tests.
 */
package tr.bel.kucukcekmece.kentsesi.resilience;
