package org.jifen.cases;

import java.time.Clock;
import java.time.Year;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The township's pilot villages and, each year, the demonstration base it selects among them. */
@Service
public class DemonstrationService {

    private final Villages villages;
    private final PilotVillages pilots;
    private final DemonstrationBases bases;
    private final TypicalCases cases;
    private final Clock clock;

    DemonstrationService(Villages villages, PilotVillages pilots, DemonstrationBases bases, TypicalCases cases,
            Clock clock) {
        this.villages = villages;
        this.pilots = pilots;
        this.bases = bases;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PilotView> pilots() {
        Map<Long, Village> byId = villages.findAll().stream().collect(Collectors.toMap(Village::id,
                Function.identity()));
        return pilots.findAll().stream().map(pilot -> {
            Village village = byId.get(pilot.getVillageId());
            return new PilotView(village.getCode(), village.getName(), pilot.getDesignatedBy(),
                    pilot.getDesignatedAt());
        }).sorted(java.util.Comparator.comparing(PilotView::village)).toList();
    }

    /** Names these villages the pilots, replacing the list; villages named before keep who named them when. */
    @Transactional
    public List<PilotView> designate(PilotDesignation designation, Actor by) {
        Set<Long> named = new LinkedHashSet<>();
        for (String code : designation.villages()) {
            named.add(villages.findByCode(code).orElseThrow(() -> new VillageNotFound(code)).id());
        }
        Set<Long> before = new HashSet<>();
        for (PilotVillage pilot : pilots.findAll()) {
            before.add(pilot.getVillageId());
            if (!named.contains(pilot.getVillageId())) {
                pilots.deleteByVillageId(pilot.getVillageId());
            }
        }
        named.stream().filter(id -> !before.contains(id))
                .forEach(id -> pilots.save(new PilotVillage(id, by.username(), clock.instant())));
        return pilots();
    }

    /** Every selection, newest first: the first of a year is that year's base. */
    @Transactional(readOnly = true)
    public List<DemonstrationBaseView> bases() {
        return bases.findAllByOrderByYearDescSelectedAtDescIdDesc().stream().map(this::view).toList();
    }

    /**
     * Selects this year's demonstration base among the pilot villages. Selecting again revises it: every selection
     * is kept with who made it when, and the year's base is the latest.
     */
    @Transactional
    public DemonstrationBaseView select(BaseSelection selection, Actor by) {
        Village village = villages.findByCode(selection.village())
                .orElseThrow(() -> new VillageNotFound(selection.village()));
        if (!pilots.existsByVillageId(village.id())) {
            throw new VillageNotPilot(village.getCode());
        }
        return view(bases.save(new DemonstrationBase(Year.now(clock).getValue(), village.id(), selection.reason(),
                by.username(), clock.instant())));
    }

    private DemonstrationBaseView view(DemonstrationBase base) {
        Village village = villages.findById(base.getVillageId()).orElseThrow();
        long published = cases.findByVillageIdOrderByIdDesc(village.id()).stream()
                .filter(c -> c.getStatus() == CaseStatus.PUBLISHED).count();
        return new DemonstrationBaseView(base.getYear(), village.getCode(), village.getName(), base.getReason(),
                base.getSelectedBy(), base.getSelectedAt(), published);
    }
}
