/** Loads the shipped catalog into the database at start and serves it, with deadline arithmetic, to other features. */
package tr.bel.kucukcekmece.kentsesi.catalog.application;
