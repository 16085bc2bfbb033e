package org.jifen.stars;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface StarSchemes extends Repository<StarScheme, Long> {

    StarScheme save(StarScheme scheme);

    Optional<StarScheme> findByVillageId(long villageId);
}
