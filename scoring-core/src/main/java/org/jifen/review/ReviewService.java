package org.jifen.review;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.jifen.access.Actor;
import org.jifen.access.Role;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.finalisation.MonthAlreadyFinalised;
import org.jifen.month.MonthService;
import org.jifen.month.EntryPage;
import org.jifen.month.MonthView;
import org.jifen.problem.Refusal;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.Ledger;
import org.jifen.scoring.AwardSource;
import org.jifen.trace.AwardNotFound;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rejects and corrects ledger entries by appending reversing entries. Each locks the village row, like evaluating
 * and finalising, so an entry is never reversed while its month is being finalised; the database's
 * "reversed at most once" constraint backs this up.
 */
@Service
public class ReviewService {

    private final Villages villages;
    private final AwardLedger ledger;
    private final Ledger chain;
    private final FinalisedMonths finalisedMonths;
    private final MonthService months;
    private final Clock clock;

    ReviewService(Villages villages, AwardLedger ledger, Ledger chain, FinalisedMonths finalisedMonths,
            MonthService months, Clock clock) {
        this.villages = villages;
        this.ledger = ledger;
        this.chain = chain;
        this.finalisedMonths = finalisedMonths;
        this.months = months;
        this.clock = clock;
    }

    /**
     * Rejects an entry of an open month: the reversing entry goes into the same month. Staff take back only what
     * their own events gave ({@link EntryOfSomeoneElse}); reviewing anyone's entry is the village admin's.
     */
    @Transactional
    public Reversal reject(String villageCode, long awardId, Rejection rejection, Actor by) {
        Village village = locked(villageCode);
        Award award = reversible(village, awardId);
        if (by.role() == Role.STAFF && !(award.getSource() == AwardSource.EVENT
                && by.username().equals(award.getRecordedBy()))) {
            throw new EntryOfSomeoneElse(awardId);
        }
        if (isFinalised(village, award.getMonth())) {
            throw new MonthAlreadyFinalised(village, award.getMonth());
        }
        return Reversal.of(chain.append(award.reversal(AwardSource.REVIEW, award.getMonth(), rejection.reason(),
                by.username(), rejection.by(), clock.instant())), awardId, null);
    }

    /**
     * Takes back what one's own event gave (撤销, 记分员本人记错), whatever one's role: the day's entries page offers
     * only that, and its audit entry says so rather than 审核驳回 (tryout pages-2 minor 8). Otherwise as
     * {@link #reject}.
     */
    @Transactional
    public Reversal takeBack(String villageCode, long awardId, String reason, Actor by) {
        Award award = reversible(locked(villageCode), awardId);
        if (!(award.getSource() == AwardSource.EVENT && by.username().equals(award.getRecordedBy()))) {
            throw new EntryOfSomeoneElse(awardId);
        }
        return reject(villageCode, awardId, new Rejection(reason, null), by);
    }

    /**
     * Corrects (冲正) an entry of a finalised month: the finalised month stays as it was, and the reversing entry goes
     * into the month that is open today, where it counts like any other entry of that month. The answer says how
     * much of it that month counts now ({@link CorrectionEffect}): a month never counts below 0, so what a household
     * already spent may not be taken back, and the person correcting is told so (ADR 0150).
     */
    @Transactional
    public Reversal correct(String villageCode, Correction correction, Actor by) {
        return correct(villageCode, correction, null, by);
    }

    /**
     * A correction decided by named people (an upheld objection: the members of the self-governance group), who are
     * kept on the reversing entry like the decider of a rejection.
     */
    @Transactional
    public Reversal correct(String villageCode, Correction correction, @Nullable String decidedBy, Actor by) {
        Village village = locked(villageCode);
        Award award = ledger.findById(correction.awardId()).filter(found -> found.getVillageId() == village.id())
                .orElseThrow(() -> new AwardNotFound(correction.awardId()));
        Optional<Refusal> refusal = whyNotCorrectable(village, award);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        YearMonth open = YearMonth.now(clock);
        MonthView before = months.view(villageCode, award.getHouseholdId(), open, EntryPage.NONE);
        Award reversal = chain.append(award.reversal(AwardSource.CORRECTION, open, correction.reason(),
                by.username(), decidedBy, clock.instant()));
        MonthView after = months.view(villageCode, award.getHouseholdId(), open, EntryPage.NONE);
        return Reversal.of(reversal, award.id(),
                CorrectionEffect.of(open, before, after, reversal.getPoints()));
    }

    /**
     * Why the village's entry could not be corrected now, if it could not; writes nothing. Objections ask this before
     * they are recorded, so that a household is not invited to object to what no decision could correct.
     */
    public Optional<Refusal> whyNotCorrectable(Village village, Award award) {
        if (award.isReversal()) {
            return Optional.of(new ReversingEntryNotReversible(award.id()));
        }
        if (ledger.existsByReversesAwardId(award.id())) {
            return Optional.of(new AwardAlreadyReversed(award.id()));
        }
        if (!isFinalised(village, award.getMonth())) {
            return Optional.of(new MonthNotFinalised(award.id(), award.getMonth()));
        }
        if (award.getKind() == Kind.VETO) {
            return Optional.of(new VetoNotCorrectable(award.id()));
        }
        YearMonth open = YearMonth.now(clock);
        if (isFinalised(village, open)) {
            return Optional.of(new MonthAlreadyFinalised(village, open));
        }
        return Optional.empty();
    }

    private Village locked(String villageCode) {
        return villages.lockByCode(villageCode).orElseThrow(() -> new VillageNotFound(villageCode));
    }

    /** The village's entry, if it is an original that nothing has reversed yet; another village's is "not found". */
    private Award reversible(Village village, long awardId) {
        Award award = ledger.findById(awardId).filter(found -> found.getVillageId() == village.id())
                .orElseThrow(() -> new AwardNotFound(awardId));
        if (award.isReversal()) {
            throw new ReversingEntryNotReversible(awardId);
        }
        if (ledger.existsByReversesAwardId(awardId)) {
            throw new AwardAlreadyReversed(awardId);
        }
        return award;
    }

    private boolean isFinalised(Village village, YearMonth month) {
        return finalisedMonths.existsByVillageIdAndMonth(village.id(), month);
    }
}
