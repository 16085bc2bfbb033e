package org.jifen.balance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface ExpirySettings extends Repository<ExpirySetting, Long> {

    ExpirySetting save(ExpirySetting setting);

    Optional<ExpirySetting> findByVillageId(long villageId);

    List<ExpirySetting> findByModeNot(ExpiryMode mode);
}
