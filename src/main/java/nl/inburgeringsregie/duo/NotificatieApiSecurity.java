package nl.inburgeringsregie.duo;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import nl.inburgeringsregie.security.DuoCertificate;
import nl.inburgeringsregie.security.SystemAccounts;
import nl.inburgeringsregie.shared.Groups;

/** Who may call DUO's Notificatie API here: DUO only (the other chains: security.SecurityConfiguration). */
@Configuration(proxyBeanMethods = false)
class NotificatieApiSecurity {

    /**
     * DUO's Notificatie API. DUO authenticates with its token as a system account of group {@code duo}, or, with
     * {@code inburgering.duo.notificaties.authenticatie=certificaat}, with its PKIoverheid certificate
     * over two-way TLS (Digikoppeling): the OIN in the certificate's subject serialNumber must be
     * DUO's OIN. Never with a password, so nobody can lock DUO out. Answers as DUO's specification gives them:
     * 401 and 403 with API-Version and fouttekst.
     */
    @Bean
    @Order(0)
    SecurityFilterChain duoNotificatieApi(HttpSecurity http, Environment environment, DuoSpecifications specifications,
            SystemAccounts systemAccounts) throws Exception {
        String version = specifications.version(DuoApiName.NOTIFICATIE);
        AuthenticationEntryPoint notAuthenticated = (request, response, e) -> duoAnswer(response, version, 401,
                "De afzender kan niet worden geauthenticeerd.");
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/notificaties"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/notificaties"))
                        .hasAuthority(Groups.authority(Groups.DUO))
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(notAuthenticated)
                        .accessDeniedHandler((request, response, e) -> duoAnswer(response, version, 403,
                                "De afzender mag geen notificaties aanleveren.")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        if ("certificaat".equals(environment.getProperty("inburgering.duo.notificaties.authenticatie"))) {
            DuoCertificate.authenticate(http, environment.getRequiredProperty("inburgering.duo.oin"));
        } else {
            http.addFilterBefore(systemAccounts.authenticationFilter(notAuthenticated), BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    private static void duoAnswer(HttpServletResponse response, String version, int status, String fouttekst)
            throws IOException {
        response.setStatus(status);
        response.setHeader("API-Version", version);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"fouttekst\":\"" + fouttekst + "\"}");
    }
}
