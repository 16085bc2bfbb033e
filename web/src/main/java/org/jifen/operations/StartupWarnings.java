package org.jifen.operations;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Warns once the service is ready about how it was started, where that is risky (docs/operations.md). */
@Component
class StartupWarnings {

    private static final Logger log = LoggerFactory.getLogger(StartupWarnings.class);

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        if ("root".equals(System.getProperty("user.name"))) {
            log.warn("The service runs as root: whatever goes wrong in it then owns the whole machine. Run it as an "
                    + "unprivileged user that owns only the data directory (docs/security.md, Running the service).");
        }
        if (!Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            // Java 17 takes its default charset from the locale; with LANG unset (POSIX) it is ASCII.
            log.warn("The JVM's default charset is {}, not UTF-8: Chinese rule names in uploaded plans come out "
                    + "garbled and plans are refused. Start it with LANG=C.UTF-8 or -Dfile.encoding=UTF-8 "
                    + "(docs/operations.md).", Charset.defaultCharset());
        }
    }
}
