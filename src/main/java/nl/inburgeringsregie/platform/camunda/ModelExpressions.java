package nl.inburgeringsregie.platform.camunda;

import java.util.Map;

import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression manager for models: the process beans as its only beans ({@link ProcessBeans}), and
 * {@link ClosedToModels} before every other resolver.
 */
final class ModelExpressions extends SpringExpressionManager {

    ModelExpressions(ApplicationContext context, Map<Object, Object> processBeans) {
        super(context, processBeans);
    }

    @Override
    protected ELResolver createElResolver() {
        var resolver = new CompositeELResolver();
        resolver.add(new ClosedToModels());
        resolver.add(super.createElResolver());
        return resolver;
    }
}
