package org.jifen.supermarket;

/** The answer to a redemption: {@code created} false when it repeats one already recorded (nothing new). */
public record Redeemed(RedemptionView redemption, boolean created) {
}
