package org.jifen.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * Clients that each send one request after another for a fixed time, the next as soon as the last is answered (a
 * closed loop, as the benchmark's raw JDBC threads and its HTTP load driver both run).
 */
final class ClosedLoop {

    private ClosedLoop() {
    }

    /** What the clients of one run saw: its length, events and awards written, a request's p50 and p99 in ms. */
    record Sample(double seconds, long events, long awards, double p50, double p99) {

        double rate() {
            return events / seconds;
        }

        /** One line, as the load driver sends it to the benchmark. */
        String line() {
            return String.format(Locale.ROOT, "%f %d %d %f %f", seconds, events, awards, p50, p99);
        }

        static Sample parse(String[] fields, int from) {
            return new Sample(Double.parseDouble(fields[from]), Long.parseLong(fields[from + 1]),
                    Long.parseLong(fields[from + 2]), Double.parseDouble(fields[from + 3]),
                    Double.parseDouble(fields[from + 4]));
        }
    }

    /** {@code clients} threads each doing {@code one} request (which returns its awards) after another. */
    static Sample run(int clients, double seconds, IntSupplier one, int eventsPerRequest) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong awards = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        awards.addAndGet(one.getAsInt());
                        latencies.add(System.nanoTime() - sent);
                    }
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        } finally {
            threads.shutdownNow();
        }
        double took = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Sample(took, (long) sorted.size() * eventsPerRequest, awards.get(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6);
    }
}
