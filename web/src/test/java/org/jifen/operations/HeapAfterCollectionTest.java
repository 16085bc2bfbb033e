package org.jifen.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the heap counts as nearly full: what remains after a collection, against the limit. */
class HeapAfterCollectionTest {

    @Test
    void ninetyPercentAfterACollectionIsNearlyFull() {
        assertThat(new HeapAfterCollection(900, 1000).nearlyFull()).isTrue();
        assertThat(new HeapAfterCollection(1000, 1000).nearlyFull()).isTrue();
        assertThat(new HeapAfterCollection(899, 1000).nearlyFull()).isFalse();
    }

    @Test
    void withoutALimitNothingIsFull() {
        assertThat(new HeapAfterCollection(5000, -1).nearlyFull()).isFalse();
        assertThat(new HeapAfterCollection(0, 0).fullness()).isZero();
    }

    @Test
    void thisJvmReportsItsOldGeneration() {
        HeapAfterCollection heap = HeapAfterCollection.now();

        assertThat(heap.max()).isPositive();
        assertThat(heap.used()).isBetween(0L, heap.max());
    }
}
