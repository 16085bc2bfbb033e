package org.jifen.scoring;

import java.time.temporal.ChronoUnit;
import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jifen.rules.Awards.Kind;
import org.jspecify.annotations.Nullable;

/**
 * What recording an event gave: the plan version that scored it, each award as the rule asked and what it counted,
 * and the household's month just after it (ADR 0058). A repeat of the request, and a read of the event, answer the
 * same: {@code counted} and {@code month} are kept as they were when the event was recorded, whatever came later.
 * Both are null for an event recorded before they were kept.
 */
public record EventResult(String eventId, int ruleSetVersion, List<Line> awards, @Nullable Month month,
        List<String> notices) {

    /**
     * One award: {@code points} as the rule asked, {@code counted} what it added to the household's month after the
     * rule's cap, the base's 0..100, the bonus's floor and a veto. {@code atMonthEnd}, for a deduction the base's
     * floor of 0 held back in a month whose plan adds base points at its evaluation (「月度基础分」), is what will be
     * taken from those base points then (ADR 0251); null otherwise.
     */
    public record Line(long id, String rule, String category, Kind kind, int points, @Nullable Long counted,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long atMonthEnd) {
    }

    /** What this event's deductions will take from the base points the plan adds when the month is evaluated. */
    public long atMonthEnd() {
        return awards.stream().map(Line::atMonthEnd).filter(java.util.Objects::nonNull).mapToLong(Long::longValue)
                .sum();
    }

    /** The household's month just after the event, and what the event gained it ({@code gained}). */
    public record Month(long base, long bonus, long total, boolean vetoed, long gained) {
    }

    /**
     * What the event's awards counted, in the order of the awards, the month after them, and what staff were told
     * about the event (why it scored nothing, an attribute value the plan does not know; ADR 0172): kept as answered.
     */
    public record Counted(List<Long> counted, Month month, @Nullable List<String> notices,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<@Nullable Long> atMonthEnd) {

        public Counted(List<Long> counted, Month month, @Nullable List<String> notices) {
            this(counted, month, notices, null);
        }

        /** These notices before the ones the month's arithmetic gave (a cap reached, the month's ceiling). */
        Counted withNotices(List<String> said) {
            List<String> all = new java.util.ArrayList<>(said);
            if (notices != null) {
                all.addAll(notices);
            }
            return new Counted(counted, month, List.copyOf(all), atMonthEnd);
        }
    }

    static EventResult of(BehaviourEvent event, List<Award> awards, @Nullable Counted counted) {
        List<Award> answered = counted != null ? awards.stream().limit(counted.counted().size()).toList()
                // Recorded before answers were kept: the awards entered with the event, not those of a re-scoring.
                : awards.stream().filter(award -> award.getCreatedAt()
                        .equals(event.getRecordedAt().truncatedTo(ChronoUnit.MILLIS))).toList();
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < answered.size(); i++) {
            Award award = answered.get(i);
            lines.add(new Line(award.id(), award.getRule(), award.getCategory(), award.getKind(), award.getPoints(),
                    counted == null ? null : counted.counted().get(i),
                    counted == null || counted.atMonthEnd() == null ? null : counted.atMonthEnd().get(i)));
        }
        return new EventResult(event.getEventId(), event.getRuleSetVersion(), List.copyOf(lines),
                counted == null ? null : counted.month(),
                counted == null || counted.notices() == null ? List.of() : counted.notices());
    }
}
