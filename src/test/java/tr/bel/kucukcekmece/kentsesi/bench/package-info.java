/** A dependency-free closed-loop HTTP load generator that the benchmark scripts run against a local Payara Micro. */
package tr.bel.kucukcekmece.kentsesi.bench;
