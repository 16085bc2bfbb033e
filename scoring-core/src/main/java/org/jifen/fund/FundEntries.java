package org.jifen.fund;

import java.util.List;
import org.springframework.data.repository.Repository;

public interface FundEntries extends Repository<FundEntry, Long> {

    FundEntry save(FundEntry entry);

    List<FundEntry> findByVillageIdOrderByOnAscIdAsc(long villageId);

    /** The money every village received and spent, for the township's overview. */
    @org.springframework.data.jpa.repository.Query("""
            select e.villageId, e.kind, sum(e.amountFen) from FundEntry e group by e.villageId, e.kind""")
    List<Object[]> totalsByVillage();
}
