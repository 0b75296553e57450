package nl.inburgeringsregie.support;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Provokes a race deterministically (issue 24, point 2): while the engine completes a user task — after it read the
 * task and its execution, before it writes anything — other work on the same case runs to its commit on another
 * thread, which this thread waits for. So the completion meets exactly what a timer falling due or a DUO notification
 * at that moment leaves behind, without sleeps or timing luck. Hooks into the engine's Spring event bridge (task
 * events, {@code camunda.bpm.eventing.task}) of the shared test application; {@link #close()} removes it again.
 */
public final class Race implements ApplicationListener<ApplicationEvent>, AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String eventName;
    private final String taskDefinitionKey;
    private final Runnable otherWork;
    private final AtomicInteger left;
    private final AtomicInteger ran = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    private Race(ConfigurableApplicationContext context, String eventName, String taskDefinitionKey, int times,
            Runnable otherWork) {
        this.context = context;
        this.eventName = eventName;
        this.taskDefinitionKey = taskDefinitionKey;
        this.otherWork = otherWork;
        this.left = new AtomicInteger(times);
    }

    /** Runs {@code otherWork} to its commit while the next {@code times} completions of the task are under way. */
    public static Race whileCompleting(ConfigurableApplicationContext context, String taskDefinitionKey, int times,
            Runnable otherWork) {
        return on(context, TaskListener.EVENTNAME_COMPLETE, taskDefinitionKey, times, otherWork);
    }

    /** Runs {@code otherWork} to its commit while the next {@code times} creations of the task are under way. */
    public static Race whileCreating(ConfigurableApplicationContext context, String taskDefinitionKey, int times,
            Runnable otherWork) {
        return on(context, TaskListener.EVENTNAME_CREATE, taskDefinitionKey, times, otherWork);
    }

    /** Runs {@code otherWork} to its commit while the task event is under way, the next {@code times} times. */
    public static Race on(ConfigurableApplicationContext context, String eventName, String taskDefinitionKey,
            int times, Runnable otherWork) {
        var race = new Race(context, eventName, taskDefinitionKey, times, otherWork);
        context.addApplicationListener(race);
        return race;
    }

    /** How often the other work ran in between. */
    public int ran() {
        return ran.get();
    }

    /** How often the engine got to the task's event: once, and once more for each time it ran the command again. */
    public int attempts() {
        return attempts.get();
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof DelegateTask task
                && eventName.equals(task.getEventName()) && taskDefinitionKey.equals(task.getTaskDefinitionKey())
                && attempts.incrementAndGet() > 0 && left.getAndDecrement() > 0) {
            var other = Executors.newSingleThreadExecutor();
            try {
                other.submit(otherWork).get();
                ran.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the other work of the race failed", e.getCause());
            } finally {
                other.shutdown();
            }
        }
    }

    @Override
    public void close() {
        context.removeApplicationListener(this);
    }
}
