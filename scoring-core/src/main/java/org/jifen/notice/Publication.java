package org.jifen.notice;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** A published notice: the quarter, when, by whom, and the finalised months it showed. */
public record Publication(String quarter, Instant publishedAt, String publishedBy, List<YearMonth> finalisedMonths) {

    static Publication of(NoticePublication publication) {
        return new Publication(publication.getQuarter(), publication.getPublishedAt(), publication.getPublishedBy(),
                publication.getFinalisedMonths());
    }
}
