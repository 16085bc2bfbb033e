package org.jifen.web;

import org.jifen.problem.Refusal;
import org.springframework.http.ProblemDetail;

/** The problem a refusal becomes, for endpoints that report refusals inside a 200 (batches). */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(Refusal refusal) {
        return ProblemHandler.problem(refusal);
    }
}
