/** Staff accounts (officials, moderators, editors, administrators), login and the audit log. */
package tr.bel.kucukcekmece.kentsesi.identity;
