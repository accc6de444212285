/**
 * A dependency-free HTTP load generator (closed or open loop) that the benchmark scripts run
 * against a local Payara Micro.
 */
package tr.bel.kucukcekmece.kentsesi.bench;
