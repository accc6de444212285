/**
 * Rollup maintenance (in the submission's transaction), figures, targets, open data and the PDF
 * activity report.
 */
package tr.bel.kucukcekmece.kentsesi.transparency.application;
