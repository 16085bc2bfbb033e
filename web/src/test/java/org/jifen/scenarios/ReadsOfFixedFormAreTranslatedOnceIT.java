package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.LongStream;
import org.hibernate.query.sqm.internal.SqmInterpretationsKey;
import org.hibernate.query.sqm.internal.SqmQueryImpl;
import org.jifen.persistence.InList;
import org.jifen.support.AppTest;
import org.jifen.village.Village;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording's reads by a list of values (the replay check's, the households') take one of a few fixed forms
 * ({@link InList}), and Hibernate keeps the translation of every one of them (ADR 0262, 0263): each form is
 * translated once, not again at every event. Hibernate keeps none for a query it may have to expand for a collection,
 * and a lone parameter between the parentheses is one it may, so one value must not be written alone.
 */
@AppTest
class ReadsOfFixedFormAreTranslatedOnceIT {

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyFormOfAListOfValuesIsOneHibernateKeepsTranslated() {
        transactions.executeWithoutResult(status -> {
            for (int size = 1; size <= 300; size++) {
                for (InList<Long> part : InList.of(LongStream.rangeClosed(1, size).map(id -> -id).boxed().toList())) {
                    var query = part.bound(entityManager.createQuery(
                            "select v from Village v where v.id in (%s)".formatted(part.parameters()), Village.class));

                    assertThat(SqmInterpretationsKey.createInterpretationsKey(query.unwrap(SqmQueryImpl.class)))
                            .as("%d values, read as in (%s)", size, part.parameters()).isNotNull();
                    assertThat(query.getResultList()).as("no village has a negative id").isEqualTo(List.of());
                }
            }
        });
    }
}
