/** Plain-text e-mail through the configured SMTP server, shared by the features that write to citizens. */
package tr.bel.kucukcekmece.kentsesi.core.mail;
