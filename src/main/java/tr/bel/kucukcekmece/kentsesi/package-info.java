/** Kent Sesi, the citizen feedback and participation portal of Küçükçekmece Municipality. */
package tr.bel.kucukcekmece.kentsesi;
