package org.jifen.scoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Gathers submissions that arrive at the same time for one key (a village) and writes them together (ADR 0102): the
 * first to arrive while nothing of its village is being written writes everything waiting, at most {@code most} at
 * a time, in one call of {@code writeTogether}, and each submitter gets its own result back. While a group is being
 * written the next arrivals wait and form the next group, so a busy village writes in fewer, larger transactions,
 * and a quiet one writes each submission at once, alone. Villages never wait for each other.
 */
final class GroupCommit<S, R> {

    private final int most;
    private final Map<String, Line<S, R>> lines = new ConcurrentHashMap<>();

    GroupCommit(int most) {
        if (most < 1) {
            throw new IllegalArgumentException("a group holds at least one submission, not " + most);
        }
        this.most = most;
    }

    /**
     * Writes {@code submission} with whatever else of {@code key} is waiting, and answers its result. {@code
     * writeTogether} answers one result per submission, in order; should it throw, every submission of that group
     * gets the exception.
     */
    R submit(String key, S submission, Function<List<S>, List<R>> writeTogether) {
        Line<S, R> line = lines.computeIfAbsent(key, k -> new Line<>());
        Waiting<S, R> mine = new Waiting<>(submission);
        boolean interrupted = false;
        try {
            synchronized (line) {
                line.waiting.add(mine);
            }
            while (true) {
                List<Waiting<S, R>> group = new ArrayList<>();
                synchronized (line) {
                    while (!mine.done && line.writing) {
                        try {
                            line.wait();
                        } catch (InterruptedException stillQueued) {
                            // Queued submissions are written all the same; the interrupt is kept for the caller.
                            interrupted = true;
                        }
                    }
                    if (mine.done) {
                        return mine.result();
                    }
                    line.writing = true;
                    while (!line.waiting.isEmpty() && group.size() < most) {
                        group.add(line.waiting.poll());
                    }
                }
                try {
                    write(group, writeTogether);
                } finally {
                    synchronized (line) {
                        line.writing = false;
                        line.notifyAll();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** How many submissions of {@code key} wait for the next group. */
    int waiting(String key) {
        Line<S, R> line = lines.get(key);
        if (line == null) {
            return 0;
        }
        synchronized (line) {
            return line.waiting.size();
        }
    }

    private void write(List<Waiting<S, R>> group, Function<List<S>, List<R>> writeTogether) {
        try {
            List<R> results = writeTogether.apply(group.stream().map(waiting -> waiting.submission).toList());
            if (results.size() != group.size()) {
                throw new IllegalStateException(results.size() + " results for " + group.size() + " submissions");
            }
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer(results.get(i), null);
            }
        } catch (RuntimeException | Error failed) {
            group.forEach(waiting -> waiting.answer(null, failed));
        }
    }

    /** One village's submissions waiting, and whether a group of it is being written now. */
    private static final class Line<S, R> {
        final ArrayDeque<Waiting<S, R>> waiting = new ArrayDeque<>();
        boolean writing;
    }

    /** A submission and, once written, its result or the failure of its group. Guarded by its line's monitor. */
    private static final class Waiting<S, R> {
        final S submission;
        volatile boolean done;
        private R result;
        private Throwable failure;

        Waiting(S submission) {
            this.submission = submission;
        }

        void answer(R result, Throwable failure) {
            this.result = result;
            this.failure = failure;
            this.done = true;
        }

        R result() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return result;
        }
    }
}
