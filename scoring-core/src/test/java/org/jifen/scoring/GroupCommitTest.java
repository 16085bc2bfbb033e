package org.jifen.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Submissions that arrive while a village's group is being written wait and are written together in the next group,
 * each getting its own result; a group that fails fails only its own submissions; other villages never wait.
 */
class GroupCommitTest {

    @Test
    void submissionsArrivingDuringAWriteAreWrittenTogetherNextEachWithItsOwnResult() throws Exception {
        GroupCommit<Integer, String> together = new GroupCommit<>(100);
        List<List<Integer>> groups = new CopyOnWriteArrayList<>();
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService staff = Executors.newFixedThreadPool(6);
        try {
            Future<String> first = staff.submit(() -> together.submit("village", 0, group -> {
                groups.add(group);
                firstWriting.countDown();
                await(release);
                return answers(group);
            }));
            assertThat(firstWriting.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int submission = i;
                others.add(staff.submit(() -> together.submit("village", submission, group -> {
                    groups.add(group);
                    return answers(group);
                })));
            }
            // Another village is written at once, while the first village's group is still being written.
            assertThat(together.submit("another village", 42, group -> answers(group))).isEqualTo("answer to 42");
            waitUntilQueued(together, others);
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("answer to 0");
            for (int i = 0; i < others.size(); i++) {
                assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("answer to " + (i + 1));
            }
            assertThat(groups).as("the first alone, the five that waited together").hasSize(2);
            assertThat(groups.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        } finally {
            staff.shutdownNow();
        }
    }

    @Test
    void aGroupThatFailsFailsItsOwnSubmissionsOnly() {
        GroupCommit<Integer, String> together = new GroupCommit<>(100);

        assertThatThrownBy(() -> together.submit("village", 1, group -> {
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");
        assertThat(together.submit("village", 2, group -> answers(group))).isEqualTo("answer to 2");
    }

    @Test
    void aGroupHoldsNoMoreThanItsLimit() throws Exception {
        GroupCommit<Integer, String> together = new GroupCommit<>(2);
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        ExecutorService staff = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int submission = i;
                sent.add(staff.submit(() -> together.submit("village", submission, group -> {
                    sizes.add(group.size());
                    return answers(group);
                })));
            }
            for (int i = 0; i < sent.size(); i++) {
                assertThat(sent.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("answer to " + i);
            }
            assertThat(sizes).allMatch(size -> size <= 2);
            assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(40);
        } finally {
            staff.shutdownNow();
        }
    }

    private static List<String> answers(List<Integer> group) {
        return group.stream().map(submission -> "answer to " + submission).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Until the five are queued behind the first group: they are waiting, not done. */
    private static void waitUntilQueued(GroupCommit<Integer, String> together, List<Future<String>> others)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (together.waiting("village") < others.size() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(together.waiting("village")).isEqualTo(others.size());
    }
}
