package tr.bel.kucukcekmece.kentsesi.identity;

/**
 * Fired (synchronously, inside the deleting transaction) just before a citizen account is deleted,
 * so that features anonymise what the citizen left: contributions stay, attributed to "deleted
 * account".
 */
public record CitizenDeleted(long accountId) {}
