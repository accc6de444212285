/** Integration tests on Payara Micro (Arquillian): the API over HTTP, persistence in the container, browser journeys. */
package tr.bel.kucukcekmece.kentsesi.it;
