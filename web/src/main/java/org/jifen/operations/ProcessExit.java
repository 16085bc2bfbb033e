package org.jifen.operations;

/**
 * Ends the process with a status the supervisor reads as a failure, so that it starts a fresh one. From a thread of
 * its own: the shutdown hooks (Spring closing the application) must never wait for the thread that asked.
 */
final class ProcessExit {

    /** What the JVM returns after {@code -XX:+ExitOnOutOfMemoryError} is 3; ours is 1, any failure to systemd. */
    static final int FAILURE = 1;

    private ProcessExit() {
    }

    static void now() {
        Thread exit = new Thread(() -> System.exit(FAILURE), "jifen-exit");
        exit.start();
    }
}
