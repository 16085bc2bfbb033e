package org.jifen.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A chain check reads a whole ledger while it holds a database connection; a dozen at once held every connection of
 * the service for 18 minutes in an outside tryout. Past two at a time a check is answered "busy" at once.
 */
class ChainChecksAtOnceTest {

    @Test
    void aThirdCheckWhileTwoReadIsBusyAndOneCanRunAgainAfterwards() throws Exception {
        CountDownLatch reading = new CountDownLatch(HashChain.CONCURRENT_CHECKS);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(HashChain.CONCURRENT_CHECKS);
        try {
            List<Future<HashChain.Check>> slow = java.util.stream.IntStream.range(0, HashChain.CONCURRENT_CHECKS)
                    .mapToObj(i -> pool.submit(() -> HashChain.verify("记录", after -> {
                        reading.countDown();
                        await(release);
                        return List.<ChainedEntry>of();
                    }, () -> 0L))).toList();
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> HashChain.verify("记录", after -> List.<ChainedEntry>of(), () -> 0L))
                    .isInstanceOf(ChainCheckBusy.class).hasMessageContaining("请稍后再试");

            release.countDown();
            for (Future<HashChain.Check> check : slow) {
                assertThat(check.get(10, TimeUnit.SECONDS).firstInvalid()).isNull();
            }
            assertThat(HashChain.verify("记录", after -> List.<ChainedEntry>of(), () -> 0L).firstInvalid()).isNull();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneOwnerHoldsOneSlotSoAnotherVillageAndTheAuditLogStillGetTheirCheck() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<HashChain.Check> slow = pool.submit(() -> HashChain.verify("village 7", "记录", after -> {
                reading.countDown();
                await(release);
                return List.<ChainedEntry>of();
            }, () -> 0L));
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> HashChain.verify("village 7", "记录", after -> List.<ChainedEntry>of(), () -> 0L))
                    .isInstanceOf(ChainCheckBusy.class).hasMessageContaining("正在核对中");
            assertThat(HashChain.verify("township", "审计记录", after -> List.<ChainedEntry>of(), () -> 0L)
                    .firstInvalid()).as("the other slot is free for others").isNull();

            release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS).firstInvalid()).isNull();
            assertThat(HashChain.verify("village 7", "记录", after -> List.<ChainedEntry>of(), () -> 0L).firstInvalid())
                    .as("and the village may check again once its check is done").isNull();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
