package org.jifen.web;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.access.Role;
import org.jifen.endpoint.AuditedAct;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The audit log as people read it (tryout M11): acts by their Chinese names, roles and refusals in words, the
 * server's own address as such. The act codes stay in the log; the filter lists every act an endpoint records, by
 * name. {@code ${@auditWords.role(e.role)}} in a template.
 */
@Component("auditWords")
public class AuditWords {

    private static final ErrorCatalogue ERRORS = ErrorCatalogue.load();

    private final Map<String, String> acts = new TreeMap<>();

    AuditWords(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        mappings.getHandlerMethods().values().forEach(handler -> {
            AuditedAct act = handler.getMethodAnnotation(AuditedAct.class);
            if (act != null) {
                acts.putIfAbsent(act.code(), act.label());
            }
        });
    }

    /** Every act an endpoint records: code → its Chinese name, by code. */
    public Map<String, String> acts() {
        return acts;
    }

    public String role(String role) {
        return Arrays.stream(Role.values()).filter(known -> known.name().equals(role)).findFirst()
                .map(PageModel::label).orElse(role);
    }

    /** Why an act was refused, in the words of the error catalogue (docs/errors.md), else its type. */
    public String problem(@Nullable String type) {
        if (type == null) {
            return "";
        }
        return ERRORS.entry(type).map(ErrorCatalogue.Entry::whenChinese).orElse(type);
    }

    /** Where the act came from; the server itself (a script on it, or a test) said so. */
    public String address(String address) {
        return address.equals("127.0.0.1") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1")
                ? "本机（服务器上）" : address;
    }
}
