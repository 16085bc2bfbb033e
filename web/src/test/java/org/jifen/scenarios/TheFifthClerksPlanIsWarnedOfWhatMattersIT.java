package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jifen.engine.PlanFile;
import org.jifen.support.Api;
import org.jifen.support.AppTest;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fifth outside clerk's own files (tryout clerk 5), uploaded as she did. Her catalog, copied from the guide, gave
 * 宅前屋后乱堆物 an attribute 「处数」 beside a rule that counts 数量 (H2): warned at the catalog's line. Her honest change
 * 「每处扣 3 分，扣完 25 分为止」 (M3) is not warned of. 「每月最多 2 次」 written as a cap of 2 on a +2 rule (m11) is.
 */
@AppTest
class TheFifthClerksPlanIsWarnedOfWhatMattersIT {

    private static final String PLAN = "盛新村积分方案.dslr";
    private static final String TESTS = "盛新村积分方案.test.yaml";

    @Autowired
    Township township;

    @Test
    void aCountAttributeBesideTheQuantityIsWarnedAtTheCatalogsLine() {
        Api.Reply accepted = upload(file("v1", PLAN), file("v1", TESTS), file("v1", "catalog.csv"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().at("/warnings").size()).as(accepted.toString()).isEqualTo(1);
        assertThat(accepted.text("/warnings/0/file")).isEqualTo("catalog.csv");
        assertThat(accepted.json().at("/warnings/0/line").asInt()).isEqualTo(2);
        assertThat(accepted.text("/warnings/0/message")).contains("「宅前屋后乱堆物」的属性「处数」没有哪条规则用到",
                "登记时工作人员会被要求填「处数」和「数量」两项，只有「数量」计分");
    }

    @Test
    void theHonestChangeToThreePointsAHeapCappedAtTwentyFiveIsNotWarnedOf() {
        Api.Reply accepted = upload(file("v2", PLAN), file("v2", TESTS), catalogWithoutTheCount());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        assertThat(accepted.json().at("/warnings").size()).as(accepted.toString()).isZero();
    }

    @Test
    void aMonthlyCapOfOneMeetingsPointsIsWarnedOf() {
        Api.Reply accepted = upload(file("m11", PLAN), file("v1", TESTS), catalogWithoutTheCount());

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        List<String> messages = accepted.json().at("/warnings").findValuesAsString("message");
        assertThat(messages).singleElement().asString().contains("规则「参加村民大会」每次加 2 分，每月上限也是 2 分，所以每月只计 1 次",
                "如果想说「每月最多 2 次」，上限请写 2×2=4 分");
    }

    private Api.Reply upload(PlanFile... files) {
        return township.api().upload("/api/villages/" + township.aVillage() + "/rule-sets", files);
    }

    /** Her catalog as the guide now writes it: the heaps are counted in 数量 only. */
    private static PlanFile catalogWithoutTheCount() {
        return PlanFile.of("catalog.csv", file("v1", "catalog.csv").text().replace("（按处）,处数", "（按处）,"));
    }

    private static PlanFile file(String folder, String name) {
        try (InputStream in = TheFifthClerksPlanIsWarnedOfWhatMattersIT.class
                .getResourceAsStream("/tryout-clerk-5/" + folder + "/" + name)) {
            return PlanFile.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException unread) {
            throw new UncheckedIOException(unread);
        }
    }
}
