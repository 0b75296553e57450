package nl.inburgeringsregie.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import nl.inburgeringsregie.shared.Groups;

/**
 * Spring Boot's actuator (issue 21, point 2): the metrics ({@code /actuator/prometheus}), the full health and
 * everything else under {@code /actuator} only for the monitoring's system account (group {@code monitoring}, with its
 * token, {@link SystemAccounts}). The two probes a platform such as Kubernetes asks without credentials —
 * {@code /actuator/health/liveness} and {@code /actuator/health/readiness} — answer their status only
 * ({@code UP}, {@code DOWN}, {@code OUT_OF_SERVICE}: no components, no details), to a GET only.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, SystemAccounts systemAccounts) throws Exception {
        AuthenticationEntryPoint notAuthenticated = (request, response, e) -> ProblemAnswers.write(response, 401,
                "Niet aangemeld", "Meld u aan met het token van het monitoringaccount.");
        return http
                .securityMatcher(new OrRequestMatcher(pathPattern("/actuator"), pathPattern("/actuator/**")))
                .addFilterBefore(systemAccounts.authenticationFilter(notAuthenticated), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(pathPattern(HttpMethod.GET, "/actuator/health/liveness"),
                                pathPattern(HttpMethod.GET, "/actuator/health/readiness"))
                        .permitAll()
                        .anyRequest().hasAuthority(Groups.authority(Groups.MONITORING)))
                .httpBasic(basic -> basic.realmName(SecurityConfiguration.REALM)
                        .authenticationEntryPoint(notAuthenticated))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(notAuthenticated)
                        .accessDeniedHandler((request, response, e) -> ProblemAnswers.write(response, 403,
                                "Geen toegang", "Alleen het monitoringaccount leest metrieken en gezondheid.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    private static PathPatternRequestMatcher pathPattern(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static PathPatternRequestMatcher pathPattern(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
