package nl.inburgeringsregie.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    @Bean
    ProcessEnginePlugin gemeenteTenants() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setTenantIdProvider(new GemeenteTenantIdProvider());
            }
        };
    }

    /** Flyway creates our tables before the engine creates its own, so Flyway never meets a non-empty schema. */
    @Bean
    static AbstractDependsOnBeanFactoryPostProcessor engineAfterFlyway() {
        return new AbstractDependsOnBeanFactoryPostProcessor(ProcessEngine.class, ProcessEngineFactoryBean.class,
                "flywayInitializer") {
        };
    }
}
