package org.jifen.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Creates the repositories, which start-up leaves to their first use ({@code bootstrap-mode=lazy}, ADR 0242), in the
 * background once the service is ready: creating one checks its queries against the model, a fifth of a start's
 * main thread. A request that needs one before then creates it itself. A query that does not fit the model ends the
 * process, as it ended the start before, within moments of ready instead of at its first use.
 */
@Component
class RepositoriesAfterReady {

    private static final Logger log = LoggerFactory.getLogger(RepositoriesAfterReady.class);

    /** Set as a stop begins: the context stays active while it destroys its beans, and then refuses new ones. */
    private volatile boolean stopping;

    @EventListener(ContextClosedEvent.class)
    void whenStopping() {
        stopping = true;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createRepositories(ApplicationReadyEvent ready) {
        Thread creating = new Thread(() -> createAll(ready.getApplicationContext()), "repositories-after-ready");
        creating.setDaemon(true);
        creating.start();
    }

    private void createAll(ConfigurableApplicationContext context) {
        String[] names = context.getBeanNamesForType(Repository.class);
        for (String name : names) {
            try {
                context.getBean(name);
            } catch (RuntimeException failed) {
                if (stopping || !context.isActive()) {
                    return; // stopped meanwhile: nothing was wrong with the repository
                }
                log.error("Repository {} cannot be created (a query that does not fit the model?); the service ends "
                        + "with status {}", name, ProcessExit.FAILURE, failed);
                ProcessExit.now();
                return;
            }
        }
        log.info("Created {} repositories after ready", names.length);
    }
}
