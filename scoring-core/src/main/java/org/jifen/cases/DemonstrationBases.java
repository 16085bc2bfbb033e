package org.jifen.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface DemonstrationBases extends Repository<DemonstrationBase, Long> {

    DemonstrationBase save(DemonstrationBase base);

    /** Saved at once, so that a selection racing another meets the unique index inside its transaction. */
    DemonstrationBase saveAndFlush(DemonstrationBase base);

    List<DemonstrationBase> findAllByOrderByYearDescSelectedAtDescIdDesc();

    /** The year's base: its latest selection. */
    Optional<DemonstrationBase> findFirstByYearOrderBySelectedAtDescIdDesc(int year);
}
