package org.jifen.objection;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.group.GroupMember;
import org.jifen.group.GroupMembers;
import org.jifen.household.HouseholdNotFound;
import org.jifen.household.Households;
import org.jifen.notice.NoticeService;
import org.jifen.notice.Publication;
import org.jifen.notice.Quarter;
import org.jifen.problem.Refusal;
import org.jifen.review.Correction;
import org.jifen.review.ReviewService;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.trace.AwardNotFound;
import org.jifen.trace.AwardObjections;
import org.jifen.trace.AwardTrace;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.VillageService;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records objections during a quarter's notice period and the self-governance group's decisions on them. An upheld
 * objection is corrected through {@link ReviewService#correct}, in the same transaction: the objection is resolved
 * and the correcting entry appended together, or neither. Raising and resolving lock the village row, like review.
 */
@Service
public class ObjectionService implements AwardObjections {

    private final Villages villages;
    private final VillageService villageService;
    private final Households households;
    private final AwardLedger ledger;
    private final NoticeService notices;
    private final ReviewService review;
    private final GroupMembers members;
    private final Objections objections;
    private final ObjectionSettings settings;
    private final Clock clock;

    ObjectionService(Villages villages, VillageService villageService, Households households, AwardLedger ledger,
            NoticeService notices, ReviewService review, GroupMembers members, Objections objections,
            ObjectionSettings settings, Clock clock) {
        this.villages = villages;
        this.villageService = villageService;
        this.households = households;
        this.ledger = ledger;
        this.notices = notices;
        this.review = review;
        this.members = members;
        this.objections = objections;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Records an objection to one of the household's entries of a published quarter, within its notice period.
     *
     * @param by the staff account recording it, or none when the household raises it on its own page
     */
    @Transactional
    public ObjectionView raise(String villageCode, NewObjection request, RaisedVia via, @Nullable Actor by) {
        Village village = villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        long household = households.findByIdAndVillageId(request.householdId(), village.id())
                .orElseThrow(() -> new HouseholdNotFound(villageCode, request.householdId())).id();
        Award award = ledger.findById(request.awardId()).filter(found -> found.getVillageId() == village.id())
                .orElseThrow(() -> new AwardNotFound(request.awardId()));
        Optional<Refusal> refusal = whyNotObjectable(village, household, award);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        Objection objection = objections.save(new Objection(village.id(), household, award.id(),
                Quarter.of(award.getMonth()), request.reason(), via, request.raisedBy(),
                by == null ? null : by.username(), clock.instant()));
        return ObjectionView.of(objection, group(village.id()));
    }

    /** The group's decision: upheld corrects the entry in the open month, dismissed changes no points. */
    @Transactional
    public ObjectionView resolve(String villageCode, long id, Resolution resolution, Actor by) {
        Village village = villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
        Objection objection = objections.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new ObjectionNotFound(id));
        if (objection.getStatus() != ObjectionStatus.OPEN) {
            throw new ObjectionAlreadyResolved(id, objection.getStatus());
        }
        Map<Long, GroupMember> group = group(village.id());
        // Only members who sit in the group now decide; retired ones stay named on what they decided.
        Map<Long, GroupMember> sitting = group.values().stream().filter(GroupMember::isActive)
                .collect(Collectors.toMap(GroupMember::id, Function.identity()));
        List<Long> deciders = ObjectionPanel.check(sitting, resolution.decidedBy());
        Long correction = null;
        if (resolution.outcome() == Outcome.UPHELD) {
            correction = review.correct(village.getCode(),
                    new Correction(objection.getAwardId(), "异议 " + id + " 成立：" + resolution.reason()),
                    ObjectionPanel.signature(group, deciders), by).id();
        }
        objection.resolve(resolution.outcome(), resolution.reason(), deciders, by.username(), clock.instant(),
                correction);
        return ObjectionView.of(objections.save(objection), group);
    }

    @Transactional(readOnly = true)
    public List<ObjectionView> list(String villageCode, @Nullable ObjectionStatus status) {
        Village village = villageService.byCode(villageCode);
        Map<Long, GroupMember> group = group(village.id());
        return (status == null ? objections.findByVillageIdOrderById(village.id())
                : objections.findByVillageIdAndStatusOrderById(village.id(), status)).stream()
                .map(objection -> ObjectionView.of(objection, group)).toList();
    }

    @Transactional(readOnly = true)
    public ObjectionView one(String villageCode, long id) {
        Village village = villageService.byCode(villageCode);
        return ObjectionView.of(objections.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new ObjectionNotFound(id)), group(village.id()));
    }

    /** The household's own objections, for its page. */
    @Transactional(readOnly = true)
    public List<ObjectionView> ofHousehold(long villageId, long householdId) {
        Map<Long, GroupMember> group = group(villageId);
        return objections.findByVillageIdAndHouseholdIdOrderById(villageId, householdId).stream()
                .map(objection -> ObjectionView.of(objection, group)).toList();
    }

    /** Whether the household may object to the entry now; for its page, which offers the form only then. */
    @Transactional(readOnly = true)
    public boolean objectable(Village village, long householdId, Award award) {
        return whyNotObjectable(village, householdId, award).isEmpty();
    }

    /** The notice period of the quarter, if its notice was published. */
    @Transactional(readOnly = true)
    public Optional<NoticePeriod> noticePeriod(long villageId, Quarter quarter) {
        return notices.published(villageId, quarter).map(this::period);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AwardTrace.ObjectionPart> on(long awardId) {
        List<Objection> found = objections.findByAwardIdOrCorrectionAwardIdOrderById(awardId, awardId);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, GroupMember> group = group(found.get(0).getVillageId());
        return found.stream().map(objection -> ObjectionView.of(objection, group).tracePart()).toList();
    }

    /**
     * Why the household may not object to the entry now, if it may not: another household's entry, a quarter whose
     * notice is not published, a month the notice did not show, a notice period that is over, an entry no correction
     * could take back (review's own reasons), or an objection to it already waiting for the group.
     */
    private Optional<Refusal> whyNotObjectable(Village village, long householdId, Award award) {
        if (award.getHouseholdId() != householdId) {
            return Optional.of(new AwardOfAnotherHousehold(award.id()));
        }
        Quarter quarter = Quarter.of(award.getMonth());
        Optional<Publication> publication = notices.published(village.id(), quarter);
        if (publication.isEmpty()) {
            return Optional.of(new NoticeNotPublished(award.id(), quarter));
        }
        if (!publication.get().finalisedMonths().contains(award.getMonth())) {
            return Optional.of(new MonthNotInNotice(award.id(), award.getMonth()));
        }
        NoticePeriod period = period(publication.get());
        if (!period.includes(clock.instant())) {
            return Optional.of(new NoticePeriodOver(award.id(), period, clock.getZone()));
        }
        Optional<Refusal> notCorrectable = review.whyNotCorrectable(village, award);
        if (notCorrectable.isPresent()) {
            return notCorrectable;
        }
        if (objections.existsByAwardIdAndStatus(award.id(), ObjectionStatus.OPEN)) {
            return Optional.of(new ObjectionAlreadyOpen(award.id()));
        }
        return Optional.empty();
    }

    private NoticePeriod period(Publication publication) {
        return NoticePeriod.of(publication.publishedAt(), settings.noticeDays(), clock.getZone());
    }

    private Map<Long, GroupMember> group(long villageId) {
        return members.findByVillageIdOrderById(villageId).stream()
                .collect(Collectors.toMap(GroupMember::id, Function.identity()));
    }
}
