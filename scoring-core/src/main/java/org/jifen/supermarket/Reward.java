package org.jifen.supermarket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An item of a village's reward catalogue: what it costs in points, how many are in stock, whether it is on sale.
 * Its stock changes only by a {@link StockMovement}, through {@link #receive}, {@link #writeOff}, {@link #take} and
 * {@link #putBack}, each refusing to go below zero.
 */
@Entity
@Table(name = "reward")
public class Reward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "village_id")
    private long villageId;

    private String name;

    private int cost;

    private int stock;

    @Column(name = "on_sale")
    private boolean onSale;

    private @Nullable String description;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Reward() {
        this.name = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    Reward(long villageId, String name, int cost, @Nullable String description, boolean onSale, String createdBy,
            Instant createdAt) {
        this.villageId = villageId;
        this.name = name;
        this.cost = cost;
        this.description = description;
        this.onSale = onSale;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Goods arrived: the stock after. */
    int receive(int quantity) {
        stock = Math.addExact(stock, quantity);
        return stock;
    }

    /** Goods lost, spoilt or given out otherwise: the stock after, or {@link NotEnoughStock}. */
    int writeOff(int quantity) {
        return take(quantity);
    }

    /** Goods handed over for points: the stock after, or {@link NotEnoughStock}. */
    int take(int quantity) {
        if (quantity > stock) {
            throw new NotEnoughStock(name, stock, quantity);
        }
        stock -= quantity;
        return stock;
    }

    /** Goods given back by a cancelled redemption: the stock after. */
    int putBack(int quantity) {
        return receive(quantity);
    }

    void edit(@Nullable String name, @Nullable Integer cost, @Nullable Boolean onSale, @Nullable String description) {
        this.name = name == null ? this.name : name;
        this.cost = cost == null ? this.cost : cost;
        this.onSale = onSale == null ? this.onSale : onSale;
        this.description = description == null ? this.description : description.isBlank() ? null : description;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("reward not saved yet");
        }
        return id;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getName() {
        return name;
    }

    public int getCost() {
        return cost;
    }

    public int getStock() {
        return stock;
    }

    public boolean isOnSale() {
        return onSale;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
