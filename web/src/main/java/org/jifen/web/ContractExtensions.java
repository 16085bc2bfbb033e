package org.jifen.web;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The members the service adds to the published contract (/work/shared/contract/API.md, extended, never broken),
 * described in {@code /v3/api-docs} in Chinese and English; docs/how-it-works.md lists them with their ADRs. A schema or
 * member named here that the answers no longer have stops the description, so a renamed one is noticed.
 */
final class ContractExtensions implements OpenApiCustomizer {

    /** Schema, then member, then its description. */
    static final Map<String, Map<String, String>> MEMBERS = Map.of(
            "MonthView", Map.of(
                    "entries", "本月全部积分记录的笔数，awards 只是其中一页 (every entry of the month; awards is one "
                            + "page of them, ADR 0220)",
                    "nextAfter", "下一页从这一笔之后读起（本页最后一笔的编号）；最后一页为 null (the id to read on "
                            + "from, the last on this page; null on the last page, ADR 0220)",
                    "next", "下一页的地址（?after=…）；最后一页为 null (the address of the next page; null on the "
                            + "last page, ADR 0220)"),
            "RuleInWords", Map.of(
                    "attributes", "规则属性（enabled false、date-effective 等）的实际作用，白话 (what the rule's "
                            + "attributes do, in words; also the first lines of when, ADR 0214 and RuleAttributes)"),
            "RulePart", Map.of(
                    "inWords", "规则实际什么时候计分、给多少分，按实际运行的规则写成白话 (what the rule does, in "
                            + "words, from what runs, ADR 0214)",
                    "sheet", "表格方案的工作表名称，line 是这个工作表的行号；其他文件为 null (for a workbook, the "
                            + "sheet whose row line is; null for any other file, ADR 0224)",
                    "capInWords", "这条规则的上限，白话，例如「每月最多计 25 分」；没有上限为 null (the rule's cap "
                            + "with its period, in words; null without a cap, ADR 0245)"));

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        MEMBERS.forEach((schemaName, members) -> members.forEach((member, description) -> {
            Schema<?> schema = schemas == null ? null : schemas.get(schemaName);
            Schema<?> property = schema == null || schema.getProperties() == null ? null
                    : (Schema<?>) schema.getProperties().get(member);
            if (property == null) {
                throw new IllegalStateException("the API no longer has " + schemaName + "." + member);
            }
            property.setDescription(description);
        }));
    }
}
