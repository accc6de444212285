/** The statistics SPI: how features hand their public figures to the transparency feature. */
package tr.bel.kucukcekmece.kentsesi.core.stats;
