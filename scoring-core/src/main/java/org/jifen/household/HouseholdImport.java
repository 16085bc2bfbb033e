package org.jifen.household;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.access.Actor;
import org.jifen.sheet.Table;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a village's households from the clerk's spreadsheet or CSV, all rows or none (ADR 0022): a 户号 the
 * village has not registered is a new household; a registered 户号 updates that household, each changed field
 * recorded with the import as its reason; a row that matches the registry changes nothing.
 */
@Service
public class HouseholdImport {

    private final HouseholdService registry;
    private final Households households;
    private final VillageService villages;
    private final HouseholdImportSettings limits;
    private final Clock clock;

    HouseholdImport(HouseholdService registry, Households households, VillageService villages,
            HouseholdImportSettings limits, Clock clock) {
        this.registry = registry;
        this.households = households;
        this.villages = villages;
        this.limits = limits;
        this.clock = clock;
    }

    /** The template to fill in, in the village's own groups. */
    @Transactional(readOnly = true)
    public byte[] template(String villageCode) {
        return HouseholdTemplate.xlsx(villages.byCode(villageCode), limits);
    }

    @Transactional
    public ImportResult run(String villageCode, String file, byte[] content, Actor by) {
        Village village = villages.byCode(villageCode);
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new ImportTooLarge("文件「" + file + "」有 " + kilobytes(content.length) + "，超过了导入上限 "
                    + kilobytes(limits.maxFileSize().toBytes()) + "。请分成几个文件导入");
        }
        Table table = Table.read(file, content);
        if (table.rows().size() > limits.maxRows() + 1) {
            throw new ImportTooLarge("文件「" + file + "」有 " + (table.rows().size() - 1) + " 行家庭户，一次最多导入 "
                    + limits.maxRows() + " 行。请分成几个文件导入");
        }
        HouseholdRows.Parsed parsed = HouseholdRows.parse(table, HouseholdRows.Places.of(village));
        if (!parsed.problems().isEmpty()) {
            throw new HouseholdImportRefused(parsed.problems());
        }
        Map<String, Household> registered = households.findByVillageIdOrderByGroupAscHouseholdNoAsc(village.id())
                .stream().collect(Collectors.toMap(Household::getHouseholdNo, Function.identity()));
        Instant now = clock.instant();
        String reason = reason(file);
        int created = 0;
        int updated = 0;
        for (HouseholdRows.Entry entry : parsed.households()) {
            Household known = registered.get(entry.facts().householdNo());
            if (known == null) {
                registry.registered(village, entry.facts(), by, now);
                created++;
            } else if (registry.record(known, entry.facts(), by, now, reason) > 0) {
                updated++;
            }
        }
        return new ImportResult(file, created, updated, parsed.households().size() - created - updated);
    }

    private static String reason(String file) {
        String name = file.length() > 120 ? file.substring(0, 120) + "…" : file;
        return "导入「" + name + "」";
    }

    private static String kilobytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1024.0 / 1024.0) : (bytes + 1023) / 1024 + " KB";
    }
}
