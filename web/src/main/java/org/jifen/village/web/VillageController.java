package org.jifen.village.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.village.NewVillage;
import org.jifen.village.Village;
import org.jifen.village.VillageAlreadyExists;
import org.jifen.village.VillageService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "村 Villages", description = "登记和查看村 (villages)")
class VillageController {

    private final VillageService villages;

    VillageController(VillageService villages) {
        this.villages = villages;
    }

    record VillageView(String code, String name, List<String> centralVillages, List<String> groups, boolean demo) {

        static VillageView of(Village village) {
            return new VillageView(village.getCode(), village.getName(), village.getCentralVillages(),
                    village.getGroups(), village.isDemo());
        }
    }

    @AuditedAct(code = "village.registered", label = "登记村", target = "village #{#request.code()}",
            village = "#request.code()", details = "{name: #request.name()}")
    @Operation(operationId = "registerVillage", summary = "登记村 · Register a village",
            responses = @ApiResponse(responseCode = "201", description = "已登记 (registered)",
                    useReturnTypeSchema = true))
    @Refuses(VillageAlreadyExists.class)
    @PostMapping("/api/villages")
    ResponseEntity<VillageView> register(@Valid @RequestBody NewVillage request) {
        Village village = villages.register(request);
        return ResponseEntity.created(URI.create("/api/villages/" + village.getCode())).body(VillageView.of(village));
    }

    @Operation(operationId = "listVillages", summary = "全镇的村 · List the villages")
    @GetMapping("/api/villages")
    List<VillageView> all() {
        return villages.all().stream().map(VillageView::of).toList();
    }

    @Operation(operationId = "getVillage", summary = "一个村 · Get a village")
    @GetMapping("/api/villages/{code}")
    VillageView one(@PathVariable String code) {
        return VillageView.of(villages.byCode(code));
    }
}
