package org.jifen.web;

import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON the service reads is shallow and short: no request nests deeper than a batch of events with their
 * attributes (four levels), and no field is longer than a note. Jackson's defaults allow far more, which only a
 * hostile client would use, so the parser refuses it before any object is built. Boot's own customizers still apply.
 * Whole numbers and yes/no are taken only as JSON numbers and booleans, never guessed from text.
 */
@Configuration
class JsonLimits {

    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(32)
            .maxStringLength(64 * 1024)
            .maxNameLength(1024)
            .maxNumberLength(40)
            .build();

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build());
        customizers.forEach(customizer -> customizer.customize(builder));
        // A count or an id is a JSON number: "2" is refused like 2.5 is (UnreadableJson names the field), so that
        // what the refusal says ("不能有小数或文字") holds. Money stays readable from text ("12.50"), its exact form.
        builder.withCoercionConfig(LogicalType.Integer, integers -> integers
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Boolean, yesOrNo -> yesOrNo
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
        return builder;
    }
}
