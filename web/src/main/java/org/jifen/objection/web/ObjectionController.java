package org.jifen.objection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.finalisation.UnknownApprovers;
import org.jifen.household.HouseholdNotFound;
import org.jifen.objection.AwardOfAnotherHousehold;
import org.jifen.objection.MonthNotInNotice;
import org.jifen.objection.NewObjection;
import org.jifen.objection.NoLeaderDecided;
import org.jifen.objection.NotEnoughDeciders;
import org.jifen.objection.NoticeNotPublished;
import org.jifen.objection.NoticePeriodOver;
import org.jifen.objection.ObjectionAlreadyOpen;
import org.jifen.objection.ObjectionAlreadyResolved;
import org.jifen.objection.ObjectionNotFound;
import org.jifen.objection.ObjectionService;
import org.jifen.objection.ObjectionStatus;
import org.jifen.objection.ObjectionView;
import org.jifen.objection.RaisedVia;
import org.jifen.objection.Resolution;
import org.jifen.review.AwardAlreadyReversed;
import org.jifen.review.MonthNotFinalised;
import org.jifen.review.ReversingEntryNotReversible;
import org.jifen.review.VetoNotCorrectable;
import org.jifen.trace.AwardNotFound;
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
@Tag(name = "公示异议 Objections", description = "公示期内的异议与小组的处理 (objections and the group's decisions)")
class ObjectionController {

    private final ObjectionService objections;

    ObjectionController(ObjectionService objections) {
        this.objections = objections;
    }

    @Operation(operationId = "raiseObjection", summary = "代家庭户提出公示异议 · Raise an objection for a household",
            responses = @ApiResponse(responseCode = "201", description = "已登记 (recorded)", useReturnTypeSchema = true))
    @Refuses({HouseholdNotFound.class, AwardNotFound.class, AwardOfAnotherHousehold.class, NoticeNotPublished.class,
            MonthNotInNotice.class, NoticePeriodOver.class, ObjectionAlreadyOpen.class})
    @PostMapping("/api/villages/{code}/objections")
    ResponseEntity<ObjectionView> raise(@PathVariable String code, @Valid @RequestBody NewObjection objection,
            Actor by) {
        ObjectionView raised = objections.raise(code, objection, RaisedVia.STAFF, by);
        return ResponseEntity.created(URI.create("/api/villages/" + code + "/objections/" + raised.id()))
                .body(raised);
    }

    @Operation(operationId = "listObjections", summary = "本村的异议（可按状态）· List a village's objections")
    @GetMapping("/api/villages/{code}/objections")
    List<ObjectionView> list(@PathVariable String code,
            @RequestParam(required = false) @Nullable ObjectionStatus status) {
        return objections.list(code, status);
    }

    @Operation(operationId = "getObjection", summary = "一条异议 · Get an objection")
    @Refuses(ObjectionNotFound.class)
    @GetMapping("/api/villages/{code}/objections/{id}")
    ObjectionView one(@PathVariable String code, @PathVariable long id) {
        return objections.one(code, id);
    }

    @AuditedAct(code = "objection.resolved", label = "处理公示异议", target = "objection #{#id}",
            details = "{outcome: #resolution.outcome(), decidedBy: #resolution.decidedBy()}")
    @Operation(operationId = "resolveObjection", summary = "自治小组处理异议 · Resolve an objection")
    @Refuses({ObjectionNotFound.class, ObjectionAlreadyResolved.class, UnknownApprovers.class, NoLeaderDecided.class,
            NotEnoughDeciders.class, AwardNotFound.class, MonthNotFinalised.class, VetoNotCorrectable.class,
            ReversingEntryNotReversible.class, AwardAlreadyReversed.class})
    @PostMapping("/api/villages/{code}/objections/{id}/resolution")
    ObjectionView resolve(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Resolution resolution, Actor by) {
        return objections.resolve(code, id, resolution, by);
    }
}
