/**
 * Staff accounts (officials, moderators, editors, administrators), citizen accounts, login and
 * sessions.
 *
 * <p>Published to the other features (the public types of this package): {@link
 * tr.bel.kucukcekmece.kentsesi.identity.Citizens} (is a citizen verified, where do mails to them
 * go) and the events {@link tr.bel.kucukcekmece.kentsesi.identity.CitizenDeleted} and {@link
 * tr.bel.kucukcekmece.kentsesi.identity.CitizenDataExport}. Everything in the sub-packages is
 * internal.
 */
package tr.bel.kucukcekmece.kentsesi.identity;
