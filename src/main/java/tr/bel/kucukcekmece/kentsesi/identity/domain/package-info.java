/** Account entities (staff and citizens, one-time tokens). */
package tr.bel.kucukcekmece.kentsesi.identity.domain;
