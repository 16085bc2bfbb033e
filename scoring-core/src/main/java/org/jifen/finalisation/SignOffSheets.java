package org.jifen.finalisation;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface SignOffSheets extends Repository<SignOffSheet, Long> {

    SignOffSheet save(SignOffSheet sheet);

    List<SignOffSheet> findByVillageIdAndMonthOrderById(long villageId, YearMonth month);

    Optional<SignOffSheet> findByIdAndVillageId(long id, long villageId);

    long countByVillageIdAndMonth(long villageId, YearMonth month);
}
