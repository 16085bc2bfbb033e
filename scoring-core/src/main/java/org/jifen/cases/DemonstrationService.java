package org.jifen.cases;

import jakarta.persistence.EntityManager;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The township's pilot villages and, each year, the demonstration base it selects among them. */
@Service
public class DemonstrationService {

    private final Villages villages;
    private final PilotVillages pilots;
    private final DemonstrationBases bases;
    private final TypicalCases cases;
    private final EntityManager entities;
    private final Clock clock;

    DemonstrationService(Villages villages, PilotVillages pilots, DemonstrationBases bases, TypicalCases cases,
            EntityManager entities, Clock clock) {
        this.villages = villages;
        this.pilots = pilots;
        this.bases = bases;
        this.cases = cases;
        this.entities = entities;
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
        int year = Year.now(clock).getValue();
        java.util.Optional<DemonstrationBase> base = bases.findFirstByYearOrderBySelectedAtDescIdDesc(year);
        if (base.isPresent() && !named.contains(base.get().getVillageId())) {
            Village village = villages.findById(base.get().getVillageId()).orElseThrow();
            throw new BaseMustStayPilot(year, village.getCode(), village.getName());
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

    /** Every selection, newest first: the first of a year is that year's base, the others were replaced. */
    @Transactional(readOnly = true)
    public List<DemonstrationBaseView> bases() {
        Set<Integer> seen = new HashSet<>();
        return bases.findAllByOrderByYearDescSelectedAtDescIdDesc().stream()
                .map(base -> view(base, seen.add(base.getYear()))).toList();
    }

    /** This year's base, if the township has selected one. */
    @Transactional(readOnly = true)
    public java.util.Optional<DemonstrationBaseView> current() {
        return bases.findFirstByYearOrderBySelectedAtDescIdDesc(Year.now(clock).getValue())
                .map(base -> view(base, true));
    }

    /**
     * Selects this year's demonstration base among the pilot villages with a published typical case. There is one
     * base a year: selecting again (the same village, confirmed, or another one that {@code replaces} the base by
     * name) keeps every selection with who made it when, the earlier ones marked replaced (ADR 0112).
     *
     * <p>A selection names the one it follows, and the database takes one follower per selection (ADR 0154): of two
     * township admins selecting at the same moment, the second is refused ({@link DemonstrationBaseSelectedMeanwhile})
     * and sees the first's choice when it looks again.
     */
    @Transactional
    public DemonstrationBaseView select(BaseSelection selection, Actor by) {
        Village village = villages.findByCode(selection.village())
                .orElseThrow(() -> new VillageNotFound(selection.village()));
        if (!pilots.existsByVillageId(village.id())) {
            throw new VillageNotPilot(village.getCode());
        }
        if (published(village) == 0) {
            throw new BaseWithoutPublishedCase(village.getCode(), village.getName());
        }
        int year = Year.now(clock).getValue();
        java.util.Optional<DemonstrationBase> current = bases.findFirstByYearOrderBySelectedAtDescIdDesc(year);
        if (current.isPresent() && current.get().getVillageId() != village.id()) {
            Village base = villages.findById(current.get().getVillageId()).orElseThrow();
            if (!base.getCode().equals(selection.replaces())) {
                throw new DemonstrationBaseAlreadySelected(year, base.getCode(), base.getName());
            }
        }
        DemonstrationBase chosen;
        try {
            chosen = bases.saveAndFlush(new DemonstrationBase(year, village.id(), selection.reason(), by.username(),
                    clock.instant(), current.map(DemonstrationBase::id).orElse(0L)));
        } catch (DataIntegrityViolationException raced) {
            // The failed insert stays in the request's persistence context; the refusal's audit entry must not meet it.
            entities.clear();
            throw new DemonstrationBaseSelectedMeanwhile(year);
        }
        return view(chosen, true);
    }

    private DemonstrationBaseView view(DemonstrationBase base, boolean current) {
        Village village = villages.findById(base.getVillageId()).orElseThrow();
        return new DemonstrationBaseView(base.getYear(), village.getCode(), village.getName(), base.getReason(),
                base.getSelectedBy(), base.getSelectedAt(), published(village), current,
                current ? "当前示范基地" : "已改选");
    }

    private long published(Village village) {
        return cases.findByVillageIdOrderByIdDesc(village.id()).stream()
                .filter(c -> c.getStatus() == CaseStatus.PUBLISHED).count();
    }
}
