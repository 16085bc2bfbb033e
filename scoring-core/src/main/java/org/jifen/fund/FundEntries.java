package org.jifen.fund;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface FundEntries extends Repository<FundEntry, Long> {

    FundEntry save(FundEntry entry);

    List<FundEntry> findByVillageIdOrderByOnAscIdAsc(long villageId);

    java.util.Optional<FundEntry> findByIdAndVillageId(long id, long villageId);

    /** The entry that reversed the entry {@code reversesId}, if one did. */
    java.util.Optional<FundEntry> findByReversesId(long reversesId);

    /** The money every village received and spent, for the township's overview. */
    @org.springframework.data.jpa.repository.Query("""
            select e.villageId, e.kind, sum(e.amountFen) from FundEntry e group by e.villageId, e.kind""")
    List<Object[]> totalsByVillage();
}
