package org.jifen.operations;

import io.micrometer.core.aop.TimedAspect;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code @Timed} without {@code @MeterTag}: Spring Boot's aspect is given a handler that looks for {@code @MeterTag}
 * on the method's parameters and result by reflection at every call, and Jifen tags nothing that way. On the path
 * of every event (the ledger's append) that search showed in a profile of recording events (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class TimedWithoutTagAnnotations {

    @Bean
    TimedAspect timedAspect(MeterRegistry meters) {
        return new TimedAspect(meters);
    }
}
