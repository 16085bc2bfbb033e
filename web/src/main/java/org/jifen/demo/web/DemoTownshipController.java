package org.jifen.demo.web;

import java.net.URI;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.demo.DemoSummary;
import org.jifen.demo.DemoTownship;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Loads the demo township on request (township admin only, see SecurityConfiguration); 409 when loaded before. */
@RestController
class DemoTownshipController {

    private final DemoTownship township;

    DemoTownshipController(DemoTownship township) {
        this.township = township;
    }

    @AuditedAct(code = "demo.loaded", label = "载入演示数据", target = "demo township",
            details = "{villages: #result?.body?.villages(), households: #result?.body?.households()}")
    @PostMapping("/api/demo-township")
    ResponseEntity<DemoSummary> load(Actor by) {
        return ResponseEntity.created(URI.create("/api/villages")).body(township.load("requested by " + by.username()));
    }
}
