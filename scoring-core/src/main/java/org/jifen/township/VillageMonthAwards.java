package org.jifen.township;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * What the township's overview and dashboard show of each village's month of awards (ADR 0226): the households that
 * took part (an event a rule scored, its entry not reversed, ADR 0127) and the points by category. Reading them from
 * the months' awards each time cost ~0.3 s more for each full village-month (100,000 entries, ADR 0219; tenth outside
 * attack, F3). They are kept per village and month with the place in the village's chain they were read up to, and
 * brought up to the chain's head by the entries appended since, however many the month holds: entries are only ever
 * appended to a village's chain, one transaction at a time under its head (ADR 0180), so every entry up to the head
 * read is committed and none after it is. A reversal appended in a later month (a correction) takes the entry it
 * reverses out of that entry's month.
 */
@Component
class VillageMonthAwards {

    /** Village-months kept at most: the 19 villages' last eighteen months. */
    private static final int KEPT_AT_MOST = 19 * 18;
    /** A month kept this many entries of its village behind is read again rather than brought on: a month's bound. */
    private static final long BRING_ON_AT_MOST = 100_000;

    /** A village's month: the households that took part and the points by category. */
    record Figures(long active, Map<String, Long> categories) {
    }

    /** A village's month as read up to the entry at {@code seq} of its chain. */
    private record Read(long seq, Map<String, Long> categories, Map<Long, Long> standingByHousehold) {

        Figures figures() {
            return new Figures(standingByHousehold.size(), Collections.unmodifiableMap(categories));
        }
    }

    private record VillageMonth(long villageId, YearMonth month) {
    }

    private final EntityManager entities;
    private final Map<VillageMonth, Read> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<VillageMonth, Read> eldest) {
            return size() > KEPT_AT_MOST;
        }
    };

    VillageMonthAwards(EntityManager entities) {
        this.entities = entities;
    }

    /** Each of the months, the villages whose month holds awards, by id, as the award table has them now. */
    synchronized Map<YearMonth, Map<Long, Figures>> of(Collection<YearMonth> months) {
        Map<YearMonth, Map<Long, Figures>> figures = new HashMap<>();
        months.forEach(month -> figures.put(month, new HashMap<>()));
        for (Object[] head : rows("select h.key.owner, h.lastSeq from ChainHead h where h.key.name = 'ledger'"
                + " and h.lastSeq > 0")) {
            long village = (Long) head[0];
            long seq = ((Number) head[1]).longValue();
            Map<YearMonth, Read> reads = new HashMap<>();
            List<YearMonth> unread = new ArrayList<>();
            for (YearMonth month : months) {
                Read read = kept.get(new VillageMonth(village, month));
                if (read == null || seq - read.seq() > BRING_ON_AT_MOST) {
                    unread.add(month);
                } else {
                    reads.put(month, read);
                }
            }
            reads.putAll(readOn(reads, village, seq));
            if (!unread.isEmpty()) {
                reads.putAll(firstRead(village, unread, seq));
            }
            reads.forEach((month, read) -> {
                kept.put(new VillageMonth(village, month), read);
                if (!read.categories().isEmpty()) {
                    figures.get(month).put(village, read.figures());
                }
            });
        }
        return figures;
    }

    /** The village's months as the award table has them up to the chain's entry {@code seq}. */
    private Map<YearMonth, Read> firstRead(long village, List<YearMonth> months, long seq) {
        Map<YearMonth, Map<String, Long>> categories = new HashMap<>();
        for (Object[] row : rows("""
                select a.month, a.category, sum(a.points) from Award a
                where a.villageId = ?1 and a.month in ?2 and a.chain.seq <= ?3 group by a.month, a.category""",
                village, months, seq)) {
            categories.computeIfAbsent((YearMonth) row[0], month -> new TreeMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        Map<YearMonth, Map<Long, Long>> standing = new HashMap<>();
        for (Object[] row : rows("""
                select a.month, a.householdId, count(a) from Award a
                where a.villageId = ?1 and a.month in ?2 and a.chain.seq <= ?3 and a.eventId is not null
                and not exists (select r from Award r where r.reversesAwardId = a.id and r.chain.seq <= ?3)
                group by a.month, a.householdId""", village, months, seq)) {
            standing.computeIfAbsent((YearMonth) row[0], month -> new HashMap<>())
                    .put((Long) row[1], ((Number) row[2]).longValue());
        }
        Map<YearMonth, Read> reads = new HashMap<>();
        for (YearMonth month : months) {
            reads.put(month, new Read(seq, categories.getOrDefault(month, new TreeMap<>()),
                    standing.getOrDefault(month, new HashMap<>())));
        }
        return reads;
    }

    /** The months read brought on to the chain's entry {@code seq} by the village's entries after them. */
    private Map<YearMonth, Read> readOn(Map<YearMonth, Read> reads, long village, long seq) {
        long from = reads.values().stream().mapToLong(Read::seq).min().orElse(seq);
        if (from >= seq) {
            return reads;
        }
        List<Object[]> appended = rows("""
                select a.chain.seq, a.month, a.category, a.points, a.eventId, a.householdId from Award a
                where a.villageId = ?1 and a.chain.seq > ?2 and a.chain.seq <= ?3""", village, from, seq);
        // The scored events' entries these entries reverse, whatever month they are in.
        List<Object[]> reversing = rows("""
                select r.chain.seq, a.month, a.householdId from Award r, Award a
                where r.villageId = ?1 and r.chain.seq > ?2 and r.chain.seq <= ?3 and a.id = r.reversesAwardId
                and a.eventId is not null""", village, from, seq);
        Map<YearMonth, Read> brought = new HashMap<>();
        reads.forEach((month, read) -> {
            if (read.seq() >= seq) {
                brought.put(month, read);
                return;
            }
            Map<String, Long> categories = new TreeMap<>(read.categories());
            Map<Long, Long> standing = new HashMap<>(read.standingByHousehold());
            for (Object[] row : appended) {
                if (((Number) row[0]).longValue() > read.seq() && month.equals(row[1])) {
                    categories.merge((String) row[2], ((Number) row[3]).longValue(), Long::sum);
                    if (row[4] != null) {
                        standing.merge((Long) row[5], 1L, Long::sum);
                    }
                }
            }
            for (Object[] row : reversing) {
                if (((Number) row[0]).longValue() > read.seq() && month.equals(row[1])) {
                    standing.computeIfPresent((Long) row[2], (household, entries) -> entries == 1 ? null : entries - 1);
                }
            }
            brought.put(month, new Read(seq, categories, standing));
        });
        return brought;
    }

    private List<Object[]> rows(String query, Object... parameters) {
        var typed = entities.createQuery(query, Object[].class);
        for (int i = 0; i < parameters.length; i++) {
            typed.setParameter(i + 1, parameters[i]);
        }
        return typed.getResultList();
    }
}
