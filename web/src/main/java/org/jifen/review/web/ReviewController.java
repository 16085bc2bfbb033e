package org.jifen.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jifen.access.Actor;
import org.jifen.endpoint.AuditedAct;
import org.jifen.endpoint.Refuses;
import org.jifen.finalisation.MonthAlreadyFinalised;
import org.jifen.review.AwardAlreadyReversed;
import org.jifen.review.Correction;
import org.jifen.review.MonthNotFinalised;
import org.jifen.review.Rejection;
import org.jifen.review.Reversal;
import org.jifen.review.ReversingEntryNotReversible;
import org.jifen.review.ReviewService;
import org.jifen.review.VetoNotCorrectable;
import org.jifen.trace.AwardNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "审核与冲正 Review", description = "驳回与冲正积分 (rejections and corrections)")
class ReviewController {

    private final ReviewService review;

    ReviewController(ReviewService review) {
        this.review = review;
    }

    @AuditedAct(code = "award.rejected", label = "审核驳回积分", target = "award #{#id}",
            details = "{reason: #rejection.reason(), decidedBy: #rejection.by(), reversal: #result?.body?.id()}")
    @Operation(operationId = "rejectAward", summary = "审核驳回一条积分（未定稿的月份）· Reject an award of an open month",
            responses = @ApiResponse(responseCode = "201", description = "已驳回 (the reversing entry)",
                    useReturnTypeSchema = true))
    @Refuses({AwardNotFound.class, MonthAlreadyFinalised.class, ReversingEntryNotReversible.class,
            AwardAlreadyReversed.class})
    @PostMapping("/api/villages/{code}/awards/{id}/reject")
    ResponseEntity<Reversal> reject(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Rejection rejection, Actor by) {
        return created(review.reject(code, id, rejection, by));
    }

    @AuditedAct(code = "award.corrected", label = "冲正积分", target = "award #{#correction.awardId()}",
            details = "{reason: #correction.reason(), reversal: #result?.body?.id(), effect: #result?.body?.effect()?.note()}")
    @Operation(operationId = "correctAward", summary = "冲正已定稿月份的积分（计入当前月）· Correct an award of a finalised month",
            responses = @ApiResponse(responseCode = "201", description = "已冲正 (the reversing entry)",
                    useReturnTypeSchema = true))
    @Refuses({AwardNotFound.class, MonthNotFinalised.class, VetoNotCorrectable.class, ReversingEntryNotReversible.class,
            AwardAlreadyReversed.class})
    @PostMapping("/api/villages/{code}/corrections")
    ResponseEntity<Reversal> correct(@PathVariable String code, @Valid @RequestBody Correction correction,
            Actor by) {
        return created(review.correct(code, correction, by));
    }

    /** The reversing entry is an award like any other: its trace says why it exists. */
    private static ResponseEntity<Reversal> created(Reversal reversal) {
        return ResponseEntity.created(URI.create("/api/awards/" + reversal.id() + "/trace")).body(reversal);
    }
}
