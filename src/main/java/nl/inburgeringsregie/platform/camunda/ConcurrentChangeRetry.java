package nl.inburgeringsregie.platform.camunda;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.inburgeringsregie.shared.ConcurrentChangeException;

/**
 * The engine's optimistic-locking conflict (a timer, a DUO notification or a colleague changed the same process
 * instance between reading and writing) never reaches a user as a failure (issue 24, point 2; CAMUNDA-NOTES.md
 * "Optimistic locking"). Placed before the engine's transaction interceptor, so it sees each outermost command whole:
 * <ul>
 * <li>a command that runs in its own transaction (Tasklist's submit over {@code /engine-rest}, any engine call outside
 * one of our transactions) is run again, at most {@value #ATTEMPTS} times in all: the failed attempt's transaction was
 * rolled back entirely, so the next attempt starts from what is stored and stores the user's data once. A conflict on
 * the last attempt stays the engine's exception, which {@link ConcurrentChangeConflicts} turns into a Dutch 409. So does
 * an attempt after a conflict that finds its subject gone (the other change completed or replaced the task);</li>
 * <li>a command inside one of our transactions (an {@code /api} or {@code /regie} service that also wrote its own
 * rows) cannot be run again on its own: the conflict becomes {@link ConcurrentChangeException}, the transaction rolls
 * back whole, and the user gets a Dutch 409;</li>
 * <li>the job executor's commands are left as they are: the job executor retries a conflicting job itself.</li>
 * </ul>
 * Commands run inside another command (a delegate calling a service) belong to that command and pass through.
 */
final class ConcurrentChangeRetry extends CommandInterceptor {

    /** Attempts of a command in its own transaction: the first and two more. */
    static final int ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentChangeRetry.class);

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() != null || isJobExecutors(command)) {
            return next.execute(command);
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                return next.execute(command);
            } catch (OptimisticLockingException conflict) {
                LOG.info("Gelijktijdige wijziging tijdens {} binnen een transactie van de applicatie: teruggedraaid, "
                        + "de gebruiker krijgt 409", command.getClass().getSimpleName());
                throw new ConcurrentChangeException(conflict);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return next.execute(command);
            } catch (OptimisticLockingException conflict) {
                if (attempt >= ATTEMPTS) {
                    LOG.info("Gelijktijdige wijziging tijdens {}: ook poging {} botste, de gebruiker krijgt 409",
                            command.getClass().getSimpleName(), attempt);
                    throw conflict;
                }
                LOG.info("Gelijktijdige wijziging tijdens {}: poging {} teruggedraaid, opnieuw",
                        command.getClass().getSimpleName(), attempt);
            } catch (NullValueException gone) {
                if (attempt == 1) {
                    throw gone;
                }
                // the other change took away what the user worked on (a DUO result replaced the task): still a conflict
                LOG.info("Gelijktijdige wijziging tijdens {}: bij poging {} bestond het onderwerp niet meer, de gebruiker "
                        + "krijgt 409", command.getClass().getSimpleName(), attempt);
                var conflict = new OptimisticLockingException("Gone after a concurrent change: " + gone.getMessage(), gone);
                conflict.setCode(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode());
                throw conflict;
            }
        }
    }

    private static boolean isJobExecutors(Command<?> command) {
        return command instanceof ExecuteJobsCmd || command instanceof AcquireJobsCmd
                || command.getClass().getPackageName().startsWith("org.camunda.bpm.engine.impl.jobexecutor");
    }
}
