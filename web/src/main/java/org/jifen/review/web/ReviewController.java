package org.jifen.review.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.jifen.access.Actor;
import org.jifen.audit.web.AuditedAct;
import org.jifen.review.Correction;
import org.jifen.review.Rejection;
import org.jifen.review.Reversal;
import org.jifen.review.ReviewService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReviewController {

    private final ReviewService review;

    ReviewController(ReviewService review) {
        this.review = review;
    }

    @AuditedAct(code = "award.rejected", label = "审核驳回积分", target = "award #{#id}",
            details = "{reason: #rejection.reason(), decidedBy: #rejection.by(), reversal: #result?.body?.id()}")
    @PostMapping("/api/villages/{code}/awards/{id}/reject")
    ResponseEntity<Reversal> reject(@PathVariable String code, @PathVariable long id,
            @Valid @RequestBody Rejection rejection, Actor by) {
        return created(review.reject(code, id, rejection, by));
    }

    @AuditedAct(code = "award.corrected", label = "冲正积分", target = "award #{#correction.awardId()}",
            details = "{reason: #correction.reason(), reversal: #result?.body?.id()}")
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
