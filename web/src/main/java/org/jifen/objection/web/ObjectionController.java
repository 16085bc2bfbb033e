package org.jifen.objection.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.objection.NewObjection;
import org.jifen.objection.ObjectionService;
import org.jifen.objection.ObjectionStatus;
import org.jifen.objection.ObjectionView;
import org.jifen.objection.RaisedVia;
import org.jifen.objection.Resolution;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Objections during the notice period, recorded by staff on a household's behalf, and the group's decisions. */
@RestController
class ObjectionController {

    private final ObjectionService objections;

    ObjectionController(ObjectionService objections) {
        this.objections = objections;
    }

    @PostMapping("/api/villages/{code}/objections")
    ResponseEntity<ObjectionView> raise(@PathVariable String code, @Valid @RequestBody NewObjection objection,
            Actor by) {
        ObjectionView raised = objections.raise(code, objection, RaisedVia.STAFF, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/objections/" + raised.id()))
                .body(raised);
    }

    @GetMapping("/api/villages/{code}/objections")
    List<ObjectionView> list(@PathVariable String code,
            @RequestParam(required = false) @Nullable ObjectionStatus status) {
        return objections.list(code, status);
    }

    @GetMapping("/api/villages/{code}/objections/{id}")
    ObjectionView one(@PathVariable String code, @PathVariable long id) {
        return objections.one(code, id);
    }

    @AuditedAct(code = "objection.resolved", label = "处理公示异议", target = "objection #{#id}",
            details = "{outcome: #resolution.outcome(), decidedBy: #resolution.decidedBy()}")
    @PostMapping("/api/villages/{code}/objections/{id}/resolution")
    ObjectionView resolve(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Resolution resolution, Actor by) {
        return objections.resolve(code, id, resolution, by);
    }
}
