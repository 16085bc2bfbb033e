package org.jifen.village;

/** Published inside the registering transaction, so that what each village needs is created with it. */
public record VillageRegistered(long villageId, String code) {
}
