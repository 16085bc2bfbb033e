package org.jifen.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface DemonstrationBases extends Repository<DemonstrationBase, Long> {

    DemonstrationBase save(DemonstrationBase base);

    List<DemonstrationBase> findAllByOrderByYearDescSelectedAtDescIdDesc();

    /** The year's base: its latest selection. */
    Optional<DemonstrationBase> findFirstByYearOrderBySelectedAtDescIdDesc(int year);
}
