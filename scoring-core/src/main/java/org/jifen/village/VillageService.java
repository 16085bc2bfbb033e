package org.jifen.village;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class VillageService {

    private final Villages villages;
    private final VillageLocks locks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VillageService(Villages villages, VillageLocks locks, ApplicationEventPublisher events, Clock clock) {
        this.villages = villages;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Village register(NewVillage request) {
        return register(request, false);
    }

    @Transactional
    public Village register(NewVillage request, boolean demo) {
        if (villages.existsByCode(request.code())) {
            throw new VillageAlreadyExists(request.code());
        }
        Village village = villages.save(new Village(request.code(), request.name(), request.centralVillages(),
                request.groups(), demo, clock.instant()));
        locks.add(village.id());
        events.publishEvent(new VillageRegistered(village.id(), village.getCode()));
        return village;
    }

    @Transactional(readOnly = true)
    public List<Village> all() {
        return villages.findAll(Sort.by("code"));
    }

    @Transactional(readOnly = true)
    public Village byCode(String code) {
        return villages.findByCode(code).orElseThrow(() -> new VillageNotFound(code));
    }
}
