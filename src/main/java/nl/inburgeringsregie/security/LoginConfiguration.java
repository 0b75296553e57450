package nl.inburgeringsregie.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The login rules for every way in (see {@link GuardedIdentityProvider} and {@link LoginAttemptFilter}). */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    @Bean
    ProcessEnginePlugin guardedIdentityProvider(LoginThrottle throttle) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setIdentityProviderSessionFactory(GuardedIdentityProvider.factory(throttle));
            }
        };
    }

    /** Before Spring Security and Camunda's own filters, so every login passes it. */
    @Bean
    FilterRegistrationBean<LoginAttemptFilter> loginAttemptFilter(LoginThrottle throttle) {
        var registration = new FilterRegistrationBean<>(new LoginAttemptFilter(throttle));
        registration.setName("login-attempts");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
