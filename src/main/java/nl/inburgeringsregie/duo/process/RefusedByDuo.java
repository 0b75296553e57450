package nl.inburgeringsregie.duo.process;

import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.duo.DuoRejectedException;

/**
 * A step that fails because DUO refuses its message (or one of DUO's rules does, before sending) gets no
 * retries: the same message would be refused again. Its job gets an incident at once, with DUO's reason
 * as the incident message, and the case waits there until someone corrects the data and retries the job
 * in Cockpit. Every other failure follows the step's retry cycle.
 */
final class RefusedByDuo extends JobRetryCmd {

    private RefusedByDuo(String jobId, DuoRejectedException refusal) {
        super(jobId, refusal);
    }

    @Override
    public Object execute(CommandContext commandContext) {
        var job = getJob();
        if (job != null) {
            job.unlock();
            logException(job);
            job.setRetries(0);
            notifyAcquisition(commandContext);
        }
        return null;
    }

    static Optional<DuoRejectedException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuoRejectedException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    /** A message DUO refuses is not sent again: its step gets an incident at once. */
    @Component
    static final class Plugin extends AbstractProcessEnginePlugin {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setFailedJobCommandFactory(new CommandFactory());
        }
    }

    static final class CommandFactory implements FailedJobCommandFactory {
        @Override
        public Command<Object> getCommand(String jobId, Throwable exception) {
            return refusal(exception).<Command<Object>>map(refused -> new RefusedByDuo(jobId, refused))
                    .orElseGet(() -> new DefaultJobRetryCmd(jobId, exception));
        }
    }
}
