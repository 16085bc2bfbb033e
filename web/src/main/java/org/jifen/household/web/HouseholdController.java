package org.jifen.household.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jifen.access.Actor;
import org.jifen.household.Household;
import org.jifen.household.HouseholdService;
import org.jifen.household.NewHousehold;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HouseholdController {

    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    record HouseholdView(long id, String householdNo, String headName, String group, @Nullable String centralVillage,
            boolean localHukou, boolean homestead, int permanentResidents, int members, Set<String> tags,
            boolean eligible) {

        static HouseholdView of(Household household) {
            return new HouseholdView(household.id(), household.getHouseholdNo(), household.getHeadName(),
                    household.getGroup(), household.getCentralVillage(), household.isLocalHukou(),
                    household.isHomestead(), household.getPermanentResidents(), household.getMembers(),
                    household.getTags(), household.isEligible());
        }
    }

    @PostMapping("/api/villages/{code}/households")
    ResponseEntity<HouseholdView> register(@PathVariable String code, @Valid @RequestBody NewHousehold request,
            Actor by) {
        Household household = households.register(code, request, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/households/" + household.id()))
                .body(HouseholdView.of(household));
    }

    @GetMapping("/api/villages/{code}/households/{id}")
    HouseholdView one(@PathVariable String code, @PathVariable long id) {
        return HouseholdView.of(households.get(code, id));
    }

    @GetMapping("/api/villages/{code}/households")
    List<HouseholdView> all(@PathVariable String code) {
        return households.all(code).stream().map(HouseholdView::of).toList();
    }
}
