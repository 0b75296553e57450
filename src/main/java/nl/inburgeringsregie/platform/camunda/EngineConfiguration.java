package nl.inburgeringsregie.platform.camunda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgeringsregie.platform.camunda.forms.FormDates;

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

    /** A form refused for what a person typed is logged once at INFO, without a stack trace ({@link QuietFormRefusals}). */
    @Bean
    ProcessEnginePlugin quietFormRefusals() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                var factory = new QuietFormRefusals();
                factory.setProcessEngineConfiguration(configuration); // the engine does this only for its own factory
                configuration.setCommandContextFactory(factory);
            }
        };
    }

    /**
     * The engine's optimistic-locking conflict is run again where the whole transaction rolled back, and becomes a
     * Dutch 409 where it cannot be (see {@link ConcurrentChangeRetry}); it wraps the engine's transaction interceptor.
     */
    @Bean
    ProcessEnginePlugin concurrentChangeRetry() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
                    configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
                }
                configuration.getCustomPreCommandInterceptorsTxRequired().add(new ConcurrentChangeRetry());
            }
        };
    }

    /** Confidential form fields never reach the engine's history (see {@link ConfidentialHistoryFilter}). */
    @Bean
    ProcessEnginePlugin confidentialHistory(
            @Value("${inburgering.confidential-variables}") Set<String> confidentialVariables) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setHistoryEventHandler(new ConfidentialHistoryFilter(confidentialVariables));
            }
        };
    }

    /**
     * Every date typed in a form is read as dd-mm-jjjj (see {@link FormDates}); then the slices' own parse
     * listeners (beans, such as the case consulent's assignment); only the task's work group completes a user
     * task (see {@link WorkGroupCompletion}, added last so that its end listener runs first).
     */
    @Bean
    ProcessEnginePlugin parseListeners(List<BpmnParseListener> sliceListeners) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPreBPMNParseListeners() == null) {
                    configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
                }
                configuration.getCustomPreBPMNParseListeners().add(new FormDates());
                configuration.getCustomPreBPMNParseListeners().addAll(sliceListeners);
                configuration.getCustomPreBPMNParseListeners().add(new WorkGroupCompletion());
            }
        };
    }

    /**
     * Expressions in models reach only the beans marked {@link ProcessBean}, not the whole application context
     * (Camunda's Spring default), and neither reflection nor the engine's services ({@link ClosedToModels}). The expression manager is set here because the factory bean made its own
     * before the plugins ran.
     */
    @Bean
    ProcessEnginePlugin onlyProcessBeans(ProcessBeans processBeans, ApplicationContext context) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                Map<Object, Object> beans = processBeans.asEngineBeans();
                configuration.setBeans(beans);
                configuration.setExpressionManager(new ModelExpressions(context, beans));
            }
        };
    }

    /**
     * The DMN tables' FEEL engine is built after start-up, in the background ({@link FeelWarmUp}); everything else of
     * the DMN engine is Camunda's default.
     */
    @Bean
    ProcessEnginePlugin lazyFeel(FeelWarmUp feel) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getDmnEngineConfiguration() == null) {
                    configuration.setDmnEngineConfiguration(
                            (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
                }
                configuration.getDmnEngineConfiguration().setFeelEngineFactory(feel.factory());
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
