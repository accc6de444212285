/** Server-rendered proposal pages, readable without JavaScript. */
package tr.bel.kucukcekmece.kentsesi.proposals.web;
