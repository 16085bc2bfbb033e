package org.jifen.demo;

import java.util.Map;
import org.jifen.access.Actor;
import org.jifen.audit.AuditLog;
import org.jifen.audit.AuditOutcome;
import org.jifen.audit.AuditedAct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code jifen.demo=true} ({@code JIFEN_DEMO}), loads the demo township on a start with no villages, so that
 * a newcomer's first start shows data. Never on a database that has villages: demo data must not mix into real
 * data. Runs after the first admin is created ({@code @Order(0)}).
 */
@Component
@Order(10)
class DemoOnFirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

    private final DemoTownship township;
    private final AuditLog auditLog;
    private final boolean enabled;

    DemoOnFirstStart(DemoTownship township, AuditLog auditLog, DemoSettings settings) {
        this.township = township;
        this.auditLog = auditLog;
        this.enabled = settings.demo();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (township.townshipIsEmpty()) {
            try {
                DemoSummary loaded = township.load("at start-up, jifen.demo=true");
                auditLog.append(new AuditedAct(Actor.system(), "start-up", null, "demo.loaded", "载入演示数据",
                        "demo township", AuditOutcome.DONE, null,
                        Map.of("villages", loaded.villages(), "households", loaded.households())));
            } catch (DemoTownshipAlreadyLoaded anotherNodeLoadsIt) {
                log.info("jifen.demo=true, but another node on this database loads the demo township (ADR 0190)");
            } catch (RuntimeException failed) {
                // The villages already serve requests: a demo that could not load must not stop them.
                log.error("The demo township could not be loaded completely; the service goes on without it", failed);
            }
        } else {
            log.info("jifen.demo=true, but the database already has villages: the demo township is not loaded");
        }
    }
}
