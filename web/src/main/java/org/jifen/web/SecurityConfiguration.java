package org.jifen.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.micrometer.core.instrument.MeterRegistry;
import org.jifen.access.Users;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic on {@code /api/**}, stateless, failed logins throttled ({@link ThrottledLogins}); village rules in
 * {@link VillageAccess}; security headers on every response ({@link SecurityHeaders}).
 */
@Configuration
class SecurityConfiguration {

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
