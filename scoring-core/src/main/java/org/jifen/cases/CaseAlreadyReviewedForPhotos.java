package org.jifen.cases;

import org.jifen.problem.Conflict;

/** A photo added to a case the township has shortlisted or published: it would show what was never reviewed. */
public class CaseAlreadyReviewedForPhotos extends Conflict {

    public CaseAlreadyReviewedForPhotos(long id, CaseStatus status) {
        super("典型案例 " + id + " " + status.label() + "，照片已随案例审核，不能再添加；要补充材料请另报一个案例");
    }
}
