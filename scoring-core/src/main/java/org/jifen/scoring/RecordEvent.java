package org.jifen.scoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.engine.PlanLimits;
import org.jifen.engine.RuleNames;
import org.jifen.integrity.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * A behaviour event as staff submit it. {@code eventId} is the client's idempotency key, unique per village.
 */
public record RecordEvent(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N}._:\\-]+", message = "只能包含文字、数字和 . _ : -")
        String eventId,
        @NotNull Long householdId,
        @NotBlank @Size(max = 60) String type,
        @NotNull LocalDate occurredOn,
        @Min(1) @Max(PlanLimits.MAX_QUANTITY) @Nullable Integer quantity,
        @Size(max = 30) @Nullable Map<@NotBlank @Size(max = 40) String, @NotNull(message = NO_VALUE) @Size(max = PlanLimits.MAX_ATTRIBUTE_VALUE) @Pattern(regexp = VISIBLE,
                message = VISIBLE_ONLY) @Pattern(regexp = NO_RADICALS, message = NO_RADICALS_ONLY) String> attributes,
        @Size(max = 500) @Nullable String note) {

    /**
     * No control, format (zero-width, direction), private-use, unassigned or line-separator character in an attribute
     * value (ADR 0174): 「张三\u200b」 and 「\u202e三张」 would look like 「张三」 and count as another person.
     */
    static final String VISIBLE = "[^\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]*";
    /** A value sent as JSON null answered 500 (attack tryout 18, F10). */
    static final String NO_VALUE = "这个属性没有值：没有内容的属性请不要发送，要填就填上内容";
    static final String VISIBLE_ONLY = "这个属性的值里有看不见的字符（零宽字符、文字方向控制符、换行或控制字符），"
            + "看起来一样的名字会被当成不同的人：请删掉这个值重新输入";

    /**
     * No radical or stroke symbol (⻄ U+2EC4 looks like 西, ADR 0214) in an attribute value: 「⻄村张三」 would count as
     * another person than 「西村张三」 though nobody could see the difference.
     */
    static final String NO_RADICALS = "[^" + RuleNames.RADICALS + "]*";
    static final String NO_RADICALS_ONLY = "这个属性的值里有部首或笔画符号（例如「⻄」「⻛」），它们看起来像汉字却不是，"
            + "看起来一样的名字会被当成不同的人：请删掉这个值，用普通输入法重新输入";

    public RecordEvent {
        quantity = quantity == null ? 1 : quantity;
        attributes = attributes == null ? Map.of() : new TreeMap<>(attributes);
        note = note == null || note.isBlank() ? null : note;
    }

    /** What makes two submissions "the same body": every field, with defaults applied and attributes sorted. */
    String fingerprint() {
        StringBuilder canonical = new StringBuilder()
                .append(eventId).append('\u0000').append(householdId).append('\u0000').append(type)
                .append('\u0000').append(occurredOn).append('\u0000').append(quantity).append('\u0000');
        new TreeMap<>(attributes).forEach((key, value) ->
                canonical.append(key).append('=').append(value).append('\u0001'));
        return Sha256.hex(canonical.append('\u0000').append(note == null ? "" : note).toString());
    }
}
