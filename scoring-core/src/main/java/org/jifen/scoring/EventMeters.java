package org.jifen.scoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.jifen.problem.Refusal;
import org.springframework.stereotype.Component;

/**
 * The timer {@code jifen.events}: every event the service was asked to record, by {@code outcome} (recorded,
 * replayed, refused) and, for a refusal, its {@code reason} (the problem type, e.g. {@code unknown-event-type}).
 */
@Component
class EventMeters {

    private final MeterRegistry meters;

    EventMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    Recorded count(Supplier<Recorded> recording) {
        Timer.Sample sample = Timer.start(meters);
        try {
            Recorded recorded = recording.get();
            sample.stop(timer(recorded.created() ? "recorded" : "replayed", "none"));
            return recorded;
        } catch (Refusal refused) {
            sample.stop(timer("refused", refused.slug()));
            throw refused;
        }
    }

    /** An event of a batch, recorded, replayed or refused, with its share of the batch's time. */
    void counted(EventOutcome outcome, java.time.Duration took) {
        Timer timer = outcome instanceof EventOutcome.Refused refused ? timer("refused", refused.refusal().slug())
                : timer(((Recorded) outcome).created() ? "recorded" : "replayed", "none");
        timer.record(took);
    }

    private Timer timer(String outcome, String reason) {
        return Timer.builder("jifen.events").description("Events the service was asked to record")
                .tags("outcome", outcome, "reason", reason).register(meters);
    }
}
