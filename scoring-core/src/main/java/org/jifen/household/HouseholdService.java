package org.jifen.household;

import java.util.List;
import org.jifen.access.Actor;
import org.jifen.problem.Unprocessable;
import org.jifen.village.Village;
import org.jifen.village.VillageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class HouseholdService {

    private final Households households;
    private final VillageService villages;

    HouseholdService(Households households, VillageService villages) {
        this.households = households;
        this.villages = villages;
    }

    @Transactional
    public Household register(String villageCode, NewHousehold request, Actor by) {
        Village village = villages.byCode(villageCode);
        if (!village.hasGroup(request.group())) {
            throw new Unprocessable("村民小组「" + request.group() + "」不在本村的小组名单中：" + village.getGroups());
        }
        if (!village.hasCentralVillage(request.centralVillage())) {
            throw new Unprocessable("中心村「" + request.centralVillage() + "」不属于本村：" + village.getCentralVillages());
        }
        if (households.existsByVillageIdAndHouseholdNo(village.id(), request.householdNo())) {
            throw new HouseholdAlreadyRegistered(request.householdNo());
        }
        return households.save(new Household(village.id(), request, by.username()));
    }

    @Transactional(readOnly = true)
    public Household get(String villageCode, long id) {
        Village village = villages.byCode(villageCode);
        return households.findByIdAndVillageId(id, village.id())
                .orElseThrow(() -> new HouseholdNotFound(villageCode, id));
    }

    @Transactional(readOnly = true)
    public List<Household> all(String villageCode) {
        return households.findByVillageIdOrderByGroupAscHouseholdNoAsc(villages.byCode(villageCode).id());
    }
}
