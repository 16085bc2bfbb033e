package org.jifen.cases;

import java.util.List;
import org.springframework.data.repository.Repository;

interface DemonstrationBases extends Repository<DemonstrationBase, Long> {

    DemonstrationBase save(DemonstrationBase base);

    List<DemonstrationBase> findAllByOrderByYearDescSelectedAtDescIdDesc();
}
