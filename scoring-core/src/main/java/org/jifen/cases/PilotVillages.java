package org.jifen.cases;

import java.util.List;
import org.springframework.data.repository.Repository;

interface PilotVillages extends Repository<PilotVillage, Long> {

    PilotVillage save(PilotVillage pilot);

    List<PilotVillage> findAll();

    boolean existsByVillageId(long villageId);

    void deleteByVillageId(long villageId);
}
