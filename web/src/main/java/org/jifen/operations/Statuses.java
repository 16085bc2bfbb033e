package org.jifen.operations;

import org.springframework.boot.health.contributor.Status;

/** The health status between UP and DOWN: serving, but a crash could cost data or leave a broken process. */
final class Statuses {

    /**
     * Ordered between OUT_OF_SERVICE and UP ({@code management.endpoint.health.status.order}), so the whole
     * health turns WARNING while the HTTP status stays 200: load balancers keep the node, monitoring sees it.
     */
    static final Status WARNING = new Status("WARNING");

    private Statuses() {
    }
}
