package org.jifen.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's mapping of a request to its controller method, trying only the mappings whose method and path can
 * match (ADR 0262). Spring's own tries every mapping of the service (about 190) against each request whose path
 * holds a variable, as every village's address does: a tenth of a single event's CPU (issue 13). Whether a mapping's
 * method and path match depends on the request's method, path and dispatch alone, so the mappings that do are
 * remembered per those, for the most recent paths; the other conditions (parameters, headers, media types, version)
 * are tried per request as before, and a request that matches nothing is answered as before (404, 405, 415).
 */
final class MappingsTriedByPath extends RequestMappingHandlerMapping {

    /** Paths remembered: the villages' addresses and their households' are a few thousand. */
    private static final int PATHS = 10_000;
    /**
     * A longer path (no address of the service is) is tried against every mapping and not remembered, so that odd
     * addresses cannot fill the memory: what is remembered stays under 10,000 paths of 300 characters.
     */
    private static final int LONGEST_PATH = 300;

    private final Cache<Key, Set<RequestMappingInfo>> candidates = Caffeine.newBuilder().maximumSize(PATHS).build();
    private final ThreadLocal<@Nullable Set<RequestMappingInfo>> trying = new ThreadLocal<>();
    private volatile @Nullable List<RequestMappingInfo> all;

    /** What decides whether a mapping's method and path match. */
    private record Key(String method, DispatcherType dispatch, @Nullable String preflightFor, String path) {

        static Key of(String lookupPath, HttpServletRequest request) {
            return new Key(request.getMethod(), request.getDispatcherType(), CorsUtils.isPreFlightRequest(request)
                    ? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : null, lookupPath);
        }
    }

    @Override
    protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        Set<RequestMappingInfo> outer = trying.get();
        trying.set(lookupPath.length() > LONGEST_PATH ? null
                : candidates.get(Key.of(lookupPath, request), key -> matchingMethodAndPath(request)));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            if (outer == null) {
                trying.remove();
            } else {
                trying.set(outer);
            }
        }
    }

    @Override
    protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        Set<RequestMappingInfo> these = trying.get();
        return these != null && !these.contains(info) ? null : super.getMatchingMapping(info, request);
    }

    private Set<RequestMappingInfo> matchingMethodAndPath(HttpServletRequest request) {
        List<RequestMappingInfo> mappings = all;
        if (mappings == null) {
            mappings = List.copyOf(getHandlerMethods().keySet());
            all = mappings;
        }
        Set<RequestMappingInfo> matching = Collections.newSetFromMap(new IdentityHashMap<>());
        for (RequestMappingInfo info : mappings) {
            if (info.getMethodsCondition().getMatchingCondition(request) != null
                    && info.getActivePatternsCondition().getMatchingCondition(request) != null) {
                matching.add(info);
            }
        }
        return Collections.unmodifiableSet(matching);
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        forget();
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        forget();
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        forget();
    }

    private void forget() {
        all = null;
        candidates.invalidateAll();
    }

    /** Puts it in the place of Spring Boot's. */
    @Component
    static final class Registration implements WebMvcRegistrations {

        @Override
        public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
            return new MappingsTriedByPath();
        }
    }
}
