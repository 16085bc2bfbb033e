package org.jifen.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.jifen.access.Users;
import org.jifen.card.HouseholdPageHtml;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * HTTP Basic on {@code /api/**}, stateless, failed logins throttled ({@link ThrottledLogins}); village rules in
 * {@link VillageAccess}; security headers on every response ({@link SecurityHeaders}). The households' own pages
 * ({@code /h/**}) have a chain of their own: public on purpose (the link's secret token is the credential), with
 * CSRF protection for their one form.
 */
@Configuration
class SecurityConfiguration {

    /** What a household page may load and where its form may post: nothing from outside, no script. */
    private static final String HOUSEHOLD_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * A household's page and its objection form, without login. CSRF tokens live in a cookie (double submit) rather
     * than a session, so the chain stays stateless; a form posted without the token is refused with 403.
     */
    @Bean
    @Order(1)
    SecurityFilterChain householdPages(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
        cookies.setCookiePath("/h");
        cookies.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return http
                .securityMatcher("/h/**")
                .csrf(csrf -> csrf.csrfTokenRepository(cookies))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders.everywhere())
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(HOUSEHOLD_PAGE_POLICY)))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    response.setContentType("text/html;charset=UTF-8");
                    response.getWriter().write(HouseholdPageHtml.expired());
                }))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(GET, "/h/{token}").permitAll()
                        .requestMatchers(POST, "/h/{token}/objections").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, UserDetailsService userDetails,
            PasswordEncoder passwords, LoginSettings logins, MeterRegistry meters) throws Exception {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(userDetails);
        bcrypt.setPasswordEncoder(passwords);
        return http
                .authenticationManager(new ProviderManager(new ThrottledLogins(new RememberedLogins(bcrypt),
                        new LoginThrottle(logins, System::nanoTime), meters)))
                .headers(SecurityHeaders.everywhere())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole("TOWNSHIP_ADMIN", "AUDITOR")
                        .requestMatchers(POST, "/api/users", "/api/villages").hasRole("TOWNSHIP_ADMIN")
                        .requestMatchers("/api/township/**").hasAnyRole("TOWNSHIP_ADMIN", "AUDITOR")
                        .requestMatchers(POST, "/api/demo-township").hasRole("TOWNSHIP_ADMIN")
                        .requestMatchers(POST, "/api/villages/{code}/rule-sets",
                                "/api/villages/{code}/rule-sets/{version}/activate").access(VillageAccess.ADMINISTER)
                        // The supermarket's catalogue, write-offs, fund, expiry rule and star levels are the village
                        // admin's (ADR 0070); staff receive goods and redeem at the counter.
                        .requestMatchers(POST, "/api/villages/{code}/rewards",
                                "/api/villages/{code}/rewards/{id}/stock:write-off", "/api/villages/{code}/fund/income",
                                "/api/villages/{code}/fund/purchases").access(VillageAccess.ADMINISTER)
                        .requestMatchers(PATCH, "/api/villages/{code}/rewards/{id}").access(VillageAccess.ADMINISTER)
                        .requestMatchers(PUT, "/api/villages/{code}/expiry-policy", "/api/villages/{code}/star-scheme")
                                .access(VillageAccess.ADMINISTER)
                        // Printing a card issues its secret link: staff's work, not a read.
                        .requestMatchers(GET, "/api/villages/{code}/households/{id}/card", "/api/villages/{code}/cards")
                        .access(VillageAccess.WRITE)
                        .requestMatchers(GET, "/api/villages/{code}", "/api/villages/{code}/**").access(VillageAccess.READ)
                        .requestMatchers("/api/villages/{code}", "/api/villages/{code}/**").access(VillageAccess.WRITE)
                        .requestMatchers(GET, "/api/**").authenticated()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetails(Users users) {
        return username -> users.findByUsername(username).map(JifenUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
