package org.jifen.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An entry's link is computed over an encoding that reads back one way only (ADR 0180), while chains linked in the
 * first format, before the change, still verify, alone and followed by entries in the new one; tampering is found in
 * either.
 */
class LinkFormatTest {

    private static final String PREVIOUS = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void twoEntriesThatDifferOnlyInWhereATextSplitsBetweenFieldsNoLongerLinkAlike() {
        LinkFields oneWay = LinkFields.of("张三\u0001李四", "王五");
        LinkFields otherWay = LinkFields.of("张三", "李四\u0001王五");

        assertThat(LinkFormat.V1.link(PREVIOUS, 7, oneWay)).as("the first format could not tell them apart")
                .isEqualTo(LinkFormat.V1.link(PREVIOUS, 7, otherWay));
        assertThat(LinkFormat.V2.link(PREVIOUS, 7, oneWay)).isNotEqualTo(LinkFormat.V2.link(PREVIOUS, 7, otherWay));
    }

    @Test
    void anAbsentFieldIsNotTheTextNull() {
        LinkFields absent = LinkFields.of("理由", null);
        LinkFields saysNull = LinkFields.of("理由", "null");

        assertThat(LinkFormat.V1.link(PREVIOUS, 1, absent)).isEqualTo(LinkFormat.V1.link(PREVIOUS, 1, saysNull));
        assertThat(LinkFormat.V2.link(PREVIOUS, 1, absent)).isNotEqualTo(LinkFormat.V2.link(PREVIOUS, 1, saysNull));
    }

    @Test
    void aFieldCannotBorrowThePositionOrThePreviousHash() {
        assertThat(LinkFormat.V2.link("ab", 1, LinkFields.of("c"))).isNotEqualTo(LinkFormat.V2.link("a", 1,
                LinkFields.of("bc")));
        assertThat(LinkFormat.V2.link("", 12, LinkFields.of("3"))).isNotEqualTo(LinkFormat.V2.link("", 1,
                LinkFields.of("23")));
    }

    @Test
    void theFirstFormatIsExactlyHowEntriesWereLinkedBeforeTheChange() {
        Instant at = Instant.parse("2026-03-05T08:15:30.123Z");
        LinkFields fields = LinkFields.of(3L, 41L, "2026-03", Kind.EVENT, null, at).late("capKey", null);

        assertThat(LinkFormat.V1.link(PREVIOUS, 9, fields))
                .isEqualTo(linkedBeforeTheChange(PREVIOUS, "9", "3", "41", "2026-03", "EVENT", "null", "1772698530123"));
        assertThat(LinkFormat.V1.link(PREVIOUS, 9, fields.late("ignored", null).late("capKey2", "甲")))
                .as("a late field joined only when present, as name=value").isEqualTo(linkedBeforeTheChange(PREVIOUS,
                        "9", "3", "41", "2026-03", "EVENT", "null", "1772698530123", "capKey2=甲"));
    }

    @Test
    void aChainLinkedInTheFirstFormatStillVerifiesAndTamperingIsFound() {
        List<Entry> chain = chain(LinkFormat.V1, LinkFormat.V1, LinkFormat.V1);

        assertThat(check(chain).firstInvalid()).isNull();
        assertThat(check(chain).entries()).isEqualTo(3);

        HashChain.Break broken = check(altered(chain, 1)).firstInvalid();
        assertThat(broken).isNotNull();
        assertThat(broken.seq()).isEqualTo(2);
    }

    @Test
    void aChainOfOldEntriesFollowedByNewOnesVerifiesAndTamperingIsFoundInEither() {
        List<Entry> chain = chain(LinkFormat.V1, LinkFormat.V1, LinkFormat.V2, LinkFormat.V2);

        assertThat(check(chain).firstInvalid()).isNull();
        assertThat(check(chain).entries()).isEqualTo(4);
        assertThat(check(altered(chain, 0)).firstInvalid()).extracting(HashChain.Break::seq).isEqualTo(1L);
        assertThat(check(altered(chain, 3)).firstInvalid()).extracting(HashChain.Break::seq).isEqualTo(4L);
    }

    @Test
    void anEntrySaidToBeInAnotherFormatThanItWasLinkedInIsFound() {
        List<Entry> chain = new ArrayList<>(chain(LinkFormat.V1, LinkFormat.V2));
        Entry last = chain.get(1);
        chain.set(1, new Entry(last.seq, last.hash, LinkFormat.V1.number(), last.fields));

        assertThat(check(chain).firstInvalid()).extracting(HashChain.Break::seq).isEqualTo(2L);

        chain.set(1, new Entry(last.seq, last.hash, 99, last.fields));
        assertThat(check(chain).firstInvalid()).as("a format no version has").extracting(HashChain.Break::seq)
                .isEqualTo(2L);
    }

    private enum Kind { EVENT }

    private record Entry(long seq, String hash, int format, LinkFields fields) {
        ChainedEntry chained() {
            return new ChainedEntry(seq, hash, format, "award", seq * 10, fields);
        }
    }

    /** Entries linked one after another, each in the format given, as the service would have at the time. */
    private static List<Entry> chain(LinkFormat... formats) {
        List<Entry> entries = new ArrayList<>();
        String previous = "";
        for (int i = 0; i < formats.length; i++) {
            long seq = i + 1;
            LinkFields fields = LinkFields.of(1L, 100L + i, "2026-03", "参加村民大会", "宅前屋后\u0001乱堆物", null,
                    Instant.parse("2026-03-05T08:15:30.123Z").plusSeconds(i));
            String hash = formats[i] == LinkFormat.V1
                    ? linkedBeforeTheChange(previous, String.valueOf(seq), "1", String.valueOf(100 + i), "2026-03",
                            "参加村民大会", "宅前屋后\u0001乱堆物", "null", String.valueOf(1772698530123L + 1000L * i))
                    : formats[i].link(previous, seq, fields);
            entries.add(new Entry(seq, hash, formats[i].number(), fields));
            previous = hash;
        }
        return entries;
    }

    /** The chain with one entry's content changed behind the service's back (a point more). */
    private static List<Entry> altered(List<Entry> chain, int index) {
        List<Entry> copy = new ArrayList<>(chain);
        Entry entry = copy.get(index);
        List<Object> values = new ArrayList<>(entry.fields.values());
        values.set(1, String.valueOf(Long.parseLong((String) values.get(1)) + 1));
        copy.set(index, new Entry(entry.seq, entry.hash, entry.format, LinkFields.of(values.toArray())));
        return copy;
    }

    private static HashChain.Check check(List<Entry> chain) {
        return HashChain.verify("记录", after -> chain.stream().filter(entry -> entry.seq > after).limit(2)
                .map(Entry::chained).toList(), () -> chain.size());
    }

    /** How a link was computed before ADR 0180 ({@code Sha256.chained}), written out again here. */
    private static String linkedBeforeTheChange(String previousHash, String... fields) {
        return Sha256.hex(previousHash + "\u0000" + String.join("\u0001", fields));
    }
}
