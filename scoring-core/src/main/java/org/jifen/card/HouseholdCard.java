package org.jifen.card;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A household's card as issued: its token (kept so that the card can be printed again, ADR 0036) and the token's
 * SHA-256 by which links are looked up, who issued it and when, and its revocation if renewed.
 */
@Entity
@Table(name = "household_card")
class HouseholdCard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    @Column(name = "household_id")
    private long householdId;

    @Column(name = "token_sha256")
    private String tokenSha256;

    /** Null for cards issued before tokens were kept (V8): those can only be renewed. */
    @Column(name = "token")
    private @Nullable String token;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "revoked_by")
    private @Nullable String revokedBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected HouseholdCard() {
        this.tokenSha256 = "";
        this.issuedBy = "";
        this.issuedAt = Instant.EPOCH;
    }

    HouseholdCard(long villageId, long householdId, CardToken token, String issuedBy, Instant issuedAt) {
        this.villageId = villageId;
        this.householdId = householdId;
        this.tokenSha256 = token.sha256();
        this.token = token.value();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    void revoke(String by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    @Nullable CardToken token() {
        return token == null ? null : new CardToken(token);
    }

    long getVillageId() {
        return villageId;
    }

    long getHouseholdId() {
        return householdId;
    }

    String getIssuedBy() {
        return issuedBy;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }
}
