package org.jifen.cases;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.Repository;

interface CaseSteps extends Repository<CaseStep, Long> {

    CaseStep save(CaseStep step);

    List<CaseStep> findByCaseIdInOrderById(Collection<Long> caseIds);
}
