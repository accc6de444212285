/**
 * Plain-text e-mail through the configured SMTP server, shared by the features that write to
 * citizens; {@code CitizenMail} sends after the current transaction commits.
 */
package tr.bel.kucukcekmece.kentsesi.core.mail;
