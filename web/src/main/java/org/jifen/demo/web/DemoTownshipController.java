package org.jifen.demo.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jifen.access.Actor;
import org.jifen.demo.DemoSummary;
import org.jifen.demo.DemoTownship;
import org.jifen.demo.DemoTownshipAlreadyLoaded;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Loads the demo township on request (township admin only, see SecurityConfiguration); 409 when loaded before. */
@RestController
@Tag(name = "演示数据 Demo township", description = "载入演示镇 (load the demo township)")
class DemoTownshipController {

    private final DemoTownship township;

    DemoTownshipController(DemoTownship township) {
        this.township = township;
    }

    @AuditedAct(code = "demo.loaded", label = "载入演示数据", target = "demo township",
            details = "{villages: #result?.body?.villages(), households: #result?.body?.households()}")
    @Operation(operationId = "loadDemoTownship", summary = "载入演示镇 · Load the demo township",
            responses = @ApiResponse(responseCode = "201", description = "已载入 (loaded)", useReturnTypeSchema = true))
    @Refuses(DemoTownshipAlreadyLoaded.class)
    @PostMapping("/api/demo-township")
    ResponseEntity<DemoSummary> load(Actor by) {
        return ResponseEntity.created(URI.create("/api/villages")).body(township.load("requested by " + by.username()));
    }
}
