package nl.inburgeringsregie.platform.camunda;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form refused for what a person typed is a user error, not a failure: the engine would log it as
 * ENGINE-16004 at ERROR with a stack trace of some 150 lines for each refusal. Here it is logged once at INFO,
 * naming only the field (never the value typed: it may be personal data), and the engine's own report drops to
 * DEBUG. Every other exception is logged by the engine as before, real failures at ERROR (issue 19, point 7).
 */
final class QuietFormRefusals extends CommandContextFactory {

    private static final Logger LOG = LoggerFactory.getLogger(QuietFormRefusals.class);

    @Override
    public CommandContext createCommandContext() {
        return new RefusalAwareContext(processEngineConfiguration);
    }

    /** Whether the exception is a form field's refusal; logs it once at INFO when it is. */
    static boolean isRefusal(Throwable exception) {
        if (exception instanceof FormFieldValidationException refused) {
            Object field = refused.getDetail();
            LOG.info("Formulier niet opgeslagen: het veld '{}' voldoet niet aan zijn regel; de gebruiker kreeg de melding",
                    field instanceof String name ? name : "onbekend");
            return true;
        }
        if (exception instanceof FormFieldValidatorException refused) {
            LOG.info("Formulier niet opgeslagen: het veld '{}' voldoet niet aan de regel '{}'; de gebruiker kreeg de melding",
                    refused.getId(), refused.getName());
            return true;
        }
        return false;
    }

    private static final class RefusalAwareContext extends CommandContext {

        RefusalAwareContext(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        protected boolean shouldLogFine(Throwable exception) {
            return isRefusal(exception) || super.shouldLogFine(exception);
        }
    }
}
