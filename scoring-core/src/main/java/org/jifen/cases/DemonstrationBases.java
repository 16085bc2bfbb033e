package org.jifen.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface DemonstrationBases extends Repository<DemonstrationBase, Long> {

    DemonstrationBase save(DemonstrationBase base);

    Optional<DemonstrationBase> findByYear(int year);

    List<DemonstrationBase> findAllByOrderByYearDesc();
}
