package org.jifen.web;

import org.jifen.problem.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The problem a refusal becomes, for endpoints that report refusals inside a 200 (batches). */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(Refusal refusal) {
        return ProblemHandler.problem(refusal);
    }

    /** The HTTP status of a refusal, for endpoints that answer it in another form (the household's HTML page). */
    public static HttpStatus status(Refusal refusal) {
        return ProblemHandler.status(refusal.kind());
    }
}
