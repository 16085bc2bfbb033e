package org.jifen.scoring;

import org.springframework.data.repository.Repository;

/** The one way an award row is written: by {@link Ledger#append}, which chains it first. */
interface AwardRows extends Repository<Award, Long> {

    Award save(Award award);
}
