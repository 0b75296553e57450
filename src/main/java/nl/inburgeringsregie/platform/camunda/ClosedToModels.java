package nl.inburgeringsregie.platform.camunda;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.CaseService;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;


/**
 * The first resolver of every expression in a model: it closes what an expression could otherwise reach from the
 * objects it is given ({@code execution}, {@code task}, process beans, variables) — Java's reflection
 * ({@code getClass()}, {@code Class}, {@code ClassLoader}, {@code java.lang.reflect}) and the engine itself (its
 * services and configuration, as {@code execution.processEngineServices}), in any spelling ({@code
 * execution['processEngineServices']} included). With the bean map ({@link ProcessBeans}) this keeps a deployed model,
 * also one deployed around the quality gate, to the process beans and the case's data (issue 16, point 6; review).
 * The members are the gate's {@link BackDoors}; the types are what those members lead to. It resolves nothing
 * itself: what it does not refuse goes on to the engine's resolvers.
 */
final class ClosedToModels extends ELResolver {

    private static final List<Class<?>> CLOSED_TYPES = List.of(Class.class, ClassLoader.class, Module.class,
            java.lang.reflect.AccessibleObject.class, java.lang.reflect.Member.class, Runtime.class, Thread.class,
            ProcessEngine.class, ProcessEngineServices.class, ProcessEngineConfiguration.class, RepositoryService.class,
            RuntimeService.class, TaskService.class, IdentityService.class, FormService.class, HistoryService.class,
            ManagementService.class, AuthorizationService.class, CaseService.class, FilterService.class,
            ExternalTaskService.class, DecisionService.class);

    static boolean isClosed(Object base, Object name) {
        return base != null && (BackDoors.MEMBERS.contains(String.valueOf(name))
                || CLOSED_TYPES.stream().anyMatch(type -> type.isInstance(base)));
    }

    private static String refusal(Object name) {
        return "Een model mag '" + name + "' niet gebruiken: alleen de beans die voor modellen zijn opengesteld "
                + "(@ProcessBean) en de gegevens van de zaak zijn bereikbaar";
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (isClosed(base, property)) {
            throw new PropertyNotFoundException(refusal(property));
        }
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (isClosed(base, method)) {
            throw new MethodNotFoundException(refusal(method));
        }
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (isClosed(base, property)) {
            throw new PropertyNotFoundException(refusal(property));
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (isClosed(base, property)) {
            throw new PropertyNotFoundException(refusal(property));
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
