package org.jifen.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface BehaviourEvents extends Repository<BehaviourEvent, Long> {

    BehaviourEvent save(BehaviourEvent event);

    Optional<BehaviourEvent> findById(long id);

    Optional<BehaviourEvent> findByVillageIdAndEventId(long villageId, String eventId);

    List<BehaviourEvent> findByIdIn(Collection<Long> ids);
}
