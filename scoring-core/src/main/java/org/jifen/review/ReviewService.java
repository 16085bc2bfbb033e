package org.jifen.review;

import java.time.Clock;
import java.time.YearMonth;
import org.jifen.access.Actor;
import org.jifen.finalisation.FinalisedMonths;
import org.jifen.finalisation.MonthAlreadyFinalised;
import org.jifen.rules.Awards.Kind;
import org.jifen.scoring.Award;
import org.jifen.scoring.AwardLedger;
import org.jifen.scoring.Ledger;
import org.jifen.scoring.AwardSource;
import org.jifen.trace.AwardNotFound;
import org.jifen.village.Village;
import org.jifen.village.VillageNotFound;
import org.jifen.village.Villages;
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
    private final Clock clock;

    ReviewService(Villages villages, AwardLedger ledger, Ledger chain, FinalisedMonths finalisedMonths, Clock clock) {
        this.villages = villages;
        this.ledger = ledger;
        this.chain = chain;
        this.finalisedMonths = finalisedMonths;
        this.clock = clock;
    }

    /** Rejects an entry of an open month: the reversing entry goes into the same month. */
    @Transactional
    public Reversal reject(String villageCode, long awardId, Rejection rejection, Actor by) {
        Village village = locked(villageCode);
        Award award = reversible(village, awardId);
        if (isFinalised(village, award.getMonth())) {
            throw new MonthAlreadyFinalised(villageCode, award.getMonth());
        }
        return Reversal.of(chain.append(award.reversal(AwardSource.REVIEW, award.getMonth(), rejection.reason(),
                by.username(), rejection.by(), clock.instant())), awardId);
    }

    /**
     * Corrects (冲正) an entry of a finalised month: the finalised month stays as it was, and the reversing entry goes
     * into the month that is open today, where it counts like any other entry of that month.
     */
    @Transactional
    public Reversal correct(String villageCode, Correction correction, Actor by) {
        Village village = locked(villageCode);
        Award award = reversible(village, correction.awardId());
        if (!isFinalised(village, award.getMonth())) {
            throw new MonthNotFinalised(award.id(), award.getMonth());
        }
        if (award.getKind() == Kind.VETO) {
            throw new VetoNotCorrectable(award.id());
        }
        String open = YearMonth.now(clock).toString();
        if (isFinalised(village, open)) {
            throw new MonthAlreadyFinalised(villageCode, open);
        }
        return Reversal.of(chain.append(award.reversal(AwardSource.CORRECTION, open, correction.reason(),
                by.username(), null, clock.instant())), award.id());
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

    private boolean isFinalised(Village village, String month) {
        return finalisedMonths.existsByVillageIdAndMonth(village.id(), month);
    }
}
