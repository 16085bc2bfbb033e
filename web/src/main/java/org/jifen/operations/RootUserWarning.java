package org.jifen.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Warns when the service runs as root: whatever goes wrong in it then owns the whole machine (docs/security.md). */
@Component
class RootUserWarning {

    private static final Logger log = LoggerFactory.getLogger(RootUserWarning.class);

    @EventListener(ApplicationReadyEvent.class)
    void warnIfRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            log.warn("The service runs as root. Run it as an unprivileged user that owns only the data directory "
                    + "(docs/security.md, Running the service).");
        }
    }
}
