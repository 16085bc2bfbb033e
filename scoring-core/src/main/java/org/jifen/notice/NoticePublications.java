package org.jifen.notice;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface NoticePublications extends Repository<NoticePublication, Long> {

    NoticePublication save(NoticePublication publication);

    Optional<NoticePublication> findByVillageIdAndQuarter(long villageId, String quarter);
}
