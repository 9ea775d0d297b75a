package org.passerelle.accounts;

/**
 * An account is about to be deleted. Published synchronously, inside the deleting transaction: every module that
 * keeps the user's personal data removes it in its listener (through JPA, so search indexes follow), or the deletion
 * fails as a whole.
 */
public record AccountDeletionRequested(long userId) {}
