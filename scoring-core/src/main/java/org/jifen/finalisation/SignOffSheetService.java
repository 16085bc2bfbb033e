package org.jifen.finalisation;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.files.UploadedFile;
import org.jifen.files.EvidenceFile;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-governance group's signed sheet (签字表) of a finalised month: the paper the six members signed, photographed
 * or scanned and attached by the village admin who entered their approvals, shown to auditors beside them (ADR 0085).
 * Append-only, like evidence.
 */
@Service
public class SignOffSheetService {

    /** A sheet of a page or two, photographed page by page. */
    public static final int MAX_SHEETS_PER_MONTH = 5;

    private final VillageService villages;
    private final FinalisedMonths finalisedMonths;
    private final SignOffSheets sheets;
    private final Clock clock;

    SignOffSheetService(VillageService villages, FinalisedMonths finalisedMonths, SignOffSheets sheets,
            Clock clock) {
        this.villages = villages;
        this.finalisedMonths = finalisedMonths;
        this.sheets = sheets;
        this.clock = clock;
    }

    /** Checks an upload as a sheet would be kept, before anything is done with it; the checked file, or a refusal. */
    public static UploadedFile check(@Nullable String fileName, byte[] content) {
        return UploadedFile.checked(fileName, content, "签字表");
    }

    @Transactional
    public SignOffSheetView attach(String villageCode, YearMonth month, UploadedFile file, Actor by) {
        Village village = villages.byCode(villageCode);
        FinalisedMonth finalised = finalisedMonths.findByVillageIdAndMonth(village.id(), month)
                .orElseThrow(() -> new MonthNotYetFinalised(month));
        if (sheets.countByVillageIdAndMonth(village.id(), month) >= MAX_SHEETS_PER_MONTH) {
            throw new SignOffSheetLimitReached(month, MAX_SHEETS_PER_MONTH);
        }
        return sheets.save(new SignOffSheet(finalised.id(), village.id(), month, file, by.username(),
                clock.instant())).view();
    }

    @Transactional(readOnly = true)
    public List<SignOffSheetView> list(long villageId, YearMonth month) {
        return sheets.findByVillageIdAndMonthOrderById(villageId, month).stream().map(SignOffSheet::view).toList();
    }

    @Transactional(readOnly = true)
    public EvidenceFile download(String villageCode, long id) {
        Village village = villages.byCode(villageCode);
        SignOffSheet sheet = sheets.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new SignOffSheetNotFound(village.getName(), id));
        return sheet.download();
    }
}
