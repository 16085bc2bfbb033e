package org.jifen.scoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what recording events may write to a village's ledger (ADR 0219). Each event writes at most 100 entries
 * (its run's bound, ADR 0047); these bound how many events' entries add up.
 *
 * @param villageMonthEntriesAtMost the most ledger entries one month of a village may hold before recording into it
 *     is refused (an event whose entries would pass it is not recorded). Counted over every entry of the month:
 *     events', month-end's, re-scorings' and reviews'; only recording is refused by it. The township's villages hold
 *     about 800 households recording about 20 events each a month, a few entries an event: 16,000 to 50,000 entries
 *     a month. The default is twice the largest of those, the bound a re-scoring and a month-end already have
 *     (ADR 0194); a village of 1,000 households at 30 events and 3 entries each (90,000) still fits. The seventh
 *     outside attack wrote 1.5 million into one month, the ninth 198,000.
 * @param requestEntriesAtMost the most ledger entries one batch of events ({@code events:batch}) may write; the
 *     events past it are refused, each on its own, and can be sent again in the next batch. A batch of 500 events
 *     at a few entries each writes 1,000 to 2,500; 10,000 is 20 an event of a full batch.
 */
@ConfigurationProperties("jifen.recording")
public record RecordingSettings(@DefaultValue("100000") long villageMonthEntriesAtMost,
        @DefaultValue("10000") long requestEntriesAtMost) {
}
