package org.jifen.month;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardSource;
import org.jifen.scoring.BehaviourEvent;
import org.jspecify.annotations.Nullable;

/**
 * A household's month: what counts ({@code base} within 0..100, {@code bonus}, {@code total}) over every entry of
 * the month, a page of its awards as their rules asked, and every adjustment, so that the sum of all the month's
 * awards and adjustments is the total. A finalised month shows the figures as they were finalised and never changes
 * again. {@code ruleSetVersion} is the plan version that governs the month (ADR 0055): its caps and month-end rules
 * are the month's; null where no version does.
 *
 * <p>{@code awards} is one page of the month's {@code entries} (ADR 0220), in the order they were written; where more
 * follow, {@code nextAfter} is the id to read on from (the last on the page) and {@code next} the address of the
 * next page, where the answer knows it; both null on the last page. Asked for the figures alone
 * ({@link EntryPage#NONE}), it has no awards and {@code entries} is 0.
 */
public record MonthView(YearMonth month, int base, int bonus, int total, boolean vetoed, boolean finalised,
        List<Entry> awards, List<Adjustment> adjustments,
        @Nullable Integer ruleSetVersion, long entries, @Nullable Long nextAfter, @Nullable String next) {

    /** The same page, with the address of the next one: {@code address} with {@code ?after=} the last entry's id. */
    public MonthView linked(String address, int size) {
        return nextAfter == null ? this : new MonthView(month, base, bonus, total, vetoed, finalised, awards,
                adjustments, ruleSetVersion, entries, nextAfter,
                address + "?after=" + nextAfter + (size == EntryPage.API_SIZE ? "" : "&size=" + size));
    }

    /** The entries a review could still take back: originals that no entry of the month reverses. */
    public List<Entry> standing() {
        Set<Long> reversed = awards.stream().map(Entry::reverses).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return awards.stream().filter(entry -> entry.reverses() == null && !reversed.contains(entry.id())).toList();
    }

    /**
     * Whether the entry is staff taking back their own mistake: a review's reversal of an event's entry, by the
     * person who recorded the event (rather than the group's review of someone else's entry).
     */
    public boolean takenBackByRecorder(Entry entry) {
        if (entry.source() != AwardSource.REVIEW || entry.reverses() == null || entry.recordedBy() == null) {
            return false;
        }
        return awards.stream().anyMatch(original -> original.id() == entry.reverses()
                && original.source() == AwardSource.EVENT && entry.recordedBy().equals(original.recordedBy()));
    }

    /**
     * One award of the month. A reversing entry (review, correction, or a month-end award that no longer applies)
     * names the entry it takes back in {@code reverses}, with who recorded it and why.
     */
    public record Entry(long id, String rule, String category, Kind kind, int points, AwardSource source,
            @Nullable String eventId, int ruleSetVersion, Instant recordedAt, @Nullable Long reverses,
            @Nullable String reason, @Nullable String recordedBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String rescoredBy) {

        static Entry of(Award award) {
            return new Entry(award.id(), award.getRule(), award.getCategory(), award.getKind(), award.getPoints(),
                    award.getSource(), award.getEventId(), award.getRuleSetVersion(), award.getCreatedAt(),
                    award.getReversesAwardId(), award.getReason(), award.getRecordedBy(), null);
        }

        /**
         * An event's award as every view says it (tryout clerk 5, M7): {@code recordedBy} is who recorded the event,
         * as its trace says, and for an award a re-scoring entered ({@code ADR 0056}) {@code rescoredBy} is who
         * activated the version that re-scored it, with that version in {@code ruleSetVersion}.
         */
        static Entry of(Award award, @Nullable BehaviourEvent event) {
            Entry entry = of(award);
            if (event == null || award.getSource() != AwardSource.EVENT
                    || award.getCreatedAt().equals(event.getRecordedAt().truncatedTo(ChronoUnit.MILLIS))) {
                return entry;
            }
            return new Entry(entry.id, entry.rule, entry.category, entry.kind, entry.points, entry.source,
                    entry.eventId, entry.ruleSetVersion, entry.recordedAt, entry.reverses, entry.reason,
                    event.getRecordedBy(), award.getRecordedBy());
        }
    }
}
