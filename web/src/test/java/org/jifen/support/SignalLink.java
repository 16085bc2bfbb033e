package org.jifen.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone's signal between a browser and the service under test: a TCP relay on a port of its own that can be cut
 * (every open connection closed, new ones refused at once) and restored. DevTools' network emulation cuts a page off,
 * but not its service worker; cutting the link cuts both, as a lost signal does.
 */
public final class SignalLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SignalLink.class);

    private final ServerSocket listening;
    private final int servicePort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    public SignalLink(int servicePort) {
        this.servicePort = servicePort;
        try {
            this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        Thread accepting = new Thread(this::accept, "signal-link");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** The address to give the browser in place of the service's. */
    public String base() {
        return "http://localhost:" + listening.getLocalPort();
    }

    public void cut() {
        cut = true;
        open.forEach(SignalLink::close);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket phone = listening.accept();
                if (cut) {
                    close(phone);
                    continue;
                }
                Socket service = new Socket(InetAddress.getLoopbackAddress(), servicePort);
                open.add(phone);
                open.add(service);
                relay(phone, service);
                relay(service, phone);
            } catch (IOException closedOrRefused) {
                log.debug("Signal link: {}", closedOrRefused.getMessage());
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread pipe = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                log.debug("Signal link relay ended: {}", ended.getMessage());
            } finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
            }
        }, "signal-link-relay");
        pipe.setDaemon(true);
        pipe.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            log.debug("Signal link: {}", alreadyGone.getMessage());
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listening.close();
        } catch (IOException alreadyClosed) {
            log.debug("Signal link: {}", alreadyClosed.getMessage());
        }
    }
}
