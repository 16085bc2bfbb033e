package org.jifen.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.MeterRegistry;
import org.jifen.access.Users;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
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
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Three filter chains. The households' own pages ({@code /h/**}): public on purpose (the link's secret token is the
 * credential), with CSRF protection for their one form. The JSON API ({@code /api/**}, with the actuator and the API
 * description): HTTP Basic, stateless. The pages of the people who use Jifen (everything else): form login with a
 * session, CSRF, logout and remember-me (ADR 0061). Both logins go through the same {@link SignIn}, so failed
 * logins are throttled alike ({@link ThrottledLogins}); village rules in {@link VillageAccess} for the API and the
 * pages alike; security headers on every response ({@link SecurityHeaders}).
 */
@Configuration
class SecurityConfiguration {

    /** What a household page may load and where its form may post: the shared stylesheet, nothing from outside. */
    private static final String HOUSEHOLD_PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final String[] API = {"/api/**", "/actuator", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**"};
    private static final String[] STATIC = {"/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/images/**",
        "/sw.js", "/offline.html"};

    /**
     * A household's page and its objection form, without login. CSRF tokens live in a cookie (double submit) rather
     * than a session, so the chain stays stateless; a form posted without the token is refused with 403.
     */
    @Bean
    @Order(1)
    SecurityFilterChain householdPages(HttpSecurity http, PageErrors errors) throws Exception {
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
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) ->
                        errors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "household/expired")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(GET, "/h/{token}").permitAll()
                        .requestMatchers(POST, "/h/{token}/objections").permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, SignIn signIn) throws Exception {
        return http
                .securityMatcher(API)
                .authenticationManager(signIn.manager())
                .headers(SecurityHeaders.everywhere())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs",
                                    "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                            .requestMatchers("/actuator/**").hasAnyRole("TOWNSHIP_ADMIN", "AUDITOR")
                            .requestMatchers("/api/users", "/api/users/**").hasRole("TOWNSHIP_ADMIN")
                            .requestMatchers(POST, "/api/villages").hasRole("TOWNSHIP_ADMIN")
                            // The township's cases, pilots and demonstration base change by its admin only (ADR 0070).
                            .requestMatchers(POST, "/api/township/**").hasRole("TOWNSHIP_ADMIN")
                            .requestMatchers(PUT, "/api/township/**").hasRole("TOWNSHIP_ADMIN")
                            .requestMatchers("/api/township/**").hasAnyRole("TOWNSHIP_ADMIN", "AUDITOR")
                            .requestMatchers(POST, "/api/demo-township").hasRole("TOWNSHIP_ADMIN");
                    VillageAccess.apply(requests, "/api/villages/{code}");
                    requests.requestMatchers(GET, "/api/**").authenticated().anyRequest().denyAll();
                })
                .build();
    }

    /**
     * The pages: a session after the login form, remembered on the device if asked for; CSRF on every form; a page
     * asked for without a login leads to the login page and back. Village pages live under {@code /v/{code}} and are
     * checked by the same {@link VillageAccess} as the API.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignIn signIn, PageErrors errors, RememberMeServices rememberMe)
            throws Exception {
        return http
                .authenticationManager(signIn.manager())
                .headers(SecurityHeaders.everywhere())
                .formLogin(form -> form.loginPage("/login").failureHandler(LoginFailures::redirect).permitAll())
                .rememberMe(remember -> remember.rememberMeServices(rememberMe))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut"))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) -> {
                    if (denied instanceof CsrfException) {
                        // A form older than its session (or than a restart): sign in again, nothing was done.
                        response.sendRedirect(request.getContextPath() + "/login?expired");
                    } else {
                        errors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "error/403");
                    }
                }))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(STATIC).permitAll()
                            .requestMatchers("/login", "/error").permitAll()
                            .requestMatchers("/township/users", "/township/users/**").hasRole("TOWNSHIP_ADMIN")
                            // The township's review of cases and choice of the base: its admin only (ADR 0070).
                            .requestMatchers(POST, "/township/**").hasRole("TOWNSHIP_ADMIN")
                            .requestMatchers("/township", "/township/**").hasAnyRole("TOWNSHIP_ADMIN", "AUDITOR")
                            .requestMatchers("/audit", "/audit/**").hasAnyRole("TOWNSHIP_ADMIN", "AUDITOR");
                    VillageAccess.apply(requests, "/v/{code}");
                    // The start page and unknown paths (answered 404): signed-in users only.
                    requests.anyRequest().authenticated();
                })
                .build();
    }

    /** Remember-me tokens in the database (V12_1), so they survive a restart and signing out revokes them. */
    @Bean
    RememberMeServices rememberMe(UserDetailsService userDetails, DataSource dataSource,
            RememberMeSettings settings) {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        PersistentTokenBasedRememberMeServices remember = new PersistentTokenBasedRememberMeServices(
                "jifen-remember-me", userDetails, tokens);
        remember.setParameter("remember-me");
        remember.setTokenValiditySeconds((int) settings.days().toSeconds());
        return remember;
    }

    @Bean
    SignIn signIn(UserDetailsService userDetails, PasswordEncoder passwords, LoginSettings logins,
            MeterRegistry meters, JdbcTemplate jdbc) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(userDetails);
        bcrypt.setPasswordEncoder(passwords);
        return new SignIn(new ProviderManager(new ThrottledLogins(new RememberedLogins(bcrypt),
                new LoginThrottle(logins, System::nanoTime,
                        new DatabaseLockoutBoard(jdbc, System::currentTimeMillis, logins.sharedRefresh()),
                        System::currentTimeMillis), meters)));
    }

    /** One login check for both chains, so a guesser meets the same throttle on the form and on the API. */
    record SignIn(AuthenticationManager manager) {
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
