package org.jifen.month;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Which of a household's month's entries to read with its figures (ADR 0220): a page of them in the order they were
 * written, never all of them, so that what one answer holds is bounded however many entries the month holds.
 *
 * @param after the id of the entry the page follows (0: from the first)
 * @param skip how many entries to pass over first, a multiple of {@code size} (pages by number)
 * @param size the most entries on the page; 0 reads none (the figures alone)
 * @param latest the last {@code size} entries instead (read newest first, answered in the order written)
 */
public record EntryPage(long after, int skip, int size, boolean latest) {

    /** What the API answers when no size is asked for: far more than a real household's month (about 20). */
    public static final int API_SIZE = 500;
    /** The most entries one page may hold, whatever is asked for. */
    public static final int MAX_SIZE = 1000;
    /** The figures alone. */
    public static final EntryPage NONE = new EntryPage(0, 0, 0, false);

    public EntryPage {
        size = Math.max(0, Math.min(size, MAX_SIZE));
        skip = size == 0 ? 0 : Math.max(0, skip) / size * size;
        after = Math.max(0, after);
    }

    /** The month's first entries. */
    public static EntryPage first(int size) {
        return new EntryPage(0, 0, size, false);
    }

    /** The entries after the entry with this id, the next page of an answer. */
    public static EntryPage after(long id, int size) {
        return new EntryPage(id, 0, size, false);
    }

    /** Page {@code number} (from 1) of pages of {@code size}. */
    public static EntryPage number(int number, int size) {
        return new EntryPage(0, (int) Math.min((long) (Math.max(1, number) - 1) * size, Integer.MAX_VALUE), size,
                false);
    }

    /** The month's latest entries, in the order they were written. */
    public static EntryPage latest(int size) {
        return new EntryPage(0, 0, size, true);
    }

    /** The rows to read: one more than the page from the start or an entry, to know whether more follow. */
    Pageable pageable() {
        Sort order = latest ? Sort.by("id").descending() : Sort.by("id");
        return skip == 0 ? PageRequest.of(0, size + 1, order) : PageRequest.of(skip / size, size, order);
    }
}
