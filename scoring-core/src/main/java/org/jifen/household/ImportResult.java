package org.jifen.household;

/** What an import did: households registered, households changed (each change recorded), rows already so. */
public record ImportResult(String file, int created, int updated, int unchanged) {
}
