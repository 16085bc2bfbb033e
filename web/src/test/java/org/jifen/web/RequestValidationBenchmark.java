package org.jifen.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jifen.scoring.RecordEvent;
import org.junit.jupiter.api.Test;

/**
 * What checking an event costs with Bean Validation's default resolver, which asks JPA whether each property is loaded,
 * against {@link RequestsValidatedWithoutJpa}'s, in one JVM, rounds alternating: the events of batches of 100 like
 * the event benchmark's, each with an attribute and a note. Not part of the build; run it with
 * {@code ./mvnw -pl web -am test -Dtest=RequestValidationBenchmark -Dsurefire.failIfNoSpecifiedTests=false} and read
 * target/benchmark-request-validation.txt.
 */
class RequestValidationBenchmark {

    private static final int ROUNDS = 10;
    private static final int BATCHES_A_ROUND = 2_000;

    @Test
    void checkingEvents() throws Exception {
        List<RecordEvent> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(new RecordEvent("batch-" + i, 1000L + i, "参加村民大会", LocalDate.of(2024, 7, 1 + i % 28), 1 + i % 3,
                    Map.of("会议", "七月村民大会"), i % 10 == 0 ? "补登" : null));
        }
        try (ValidatorFactory askingJpa = Validation.buildDefaultValidatorFactory();
                ValidatorFactory withoutJpa = Validation.byDefaultProvider().configure()
                        .traversableResolver(new RequestsValidatedWithoutJpa.EveryPropertyReachable())
                        .buildValidatorFactory()) {
            Validator before = askingJpa.getValidator();
            Validator after = withoutJpa.getValidator();
            for (int warm = 0; warm < 3; warm++) {
                microsAnEvent(before, batch);
                microsAnEvent(after, batch);
            }
            double beforeSum = 0;
            double afterSum = 0;
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "Checking events (Bean Validation), µs per event, %d rounds of %d batches of 100, alternating%n",
                    ROUNDS, BATCHES_A_ROUND));
            for (int round = 0; round < ROUNDS; round++) {
                boolean beforeFirst = round % 2 == 0;
                double first = microsAnEvent(beforeFirst ? before : after, batch);
                double second = microsAnEvent(beforeFirst ? after : before, batch);
                double asking = beforeFirst ? first : second;
                double without = beforeFirst ? second : first;
                beforeSum += asking;
                afterSum += without;
                report.append(String.format(Locale.ROOT, "round %2d: asking JPA %.2f, without %.2f%n", round, asking,
                        without));
            }
            report.append(String.format(Locale.ROOT, "mean: asking JPA %.2f µs, without %.2f µs: %.0f%%%n",
                    beforeSum / ROUNDS, afterSum / ROUNDS, 100 * afterSum / beforeSum));
            System.out.print(report);
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "benchmark-request-validation.txt"),
                    report);
            assertThat(after.validate(batch.get(0))).isEmpty();
        }
    }

    private static double microsAnEvent(Validator validator, List<RecordEvent> batch) {
        long violations = 0;
        long start = System.nanoTime();
        for (int b = 0; b < BATCHES_A_ROUND; b++) {
            for (RecordEvent event : batch) {
                violations += validator.validate(event).size();
            }
        }
        double micros = (System.nanoTime() - start) / 1e3 / (BATCHES_A_ROUND * batch.size());
        if (violations != 0) {
            throw new IllegalStateException("the benchmark's events should all be valid");
        }
        return micros;
    }
}
