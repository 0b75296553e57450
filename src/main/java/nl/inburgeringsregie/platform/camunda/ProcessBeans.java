package nl.inburgeringsregie.platform.camunda;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The beans open to models: those marked {@link ProcessBean}, by name. The engine gets them as its bean map
 * (so an expression naming any other bean fails at runtime), and the model quality gate checks expressions
 * against the same list. Beans are looked up when an expression needs them, so the engine can start before them.
 */
@Component
public class ProcessBeans {

    private final ApplicationContext context;
    private volatile Set<String> names;

    ProcessBeans(ApplicationContext context) {
        this.context = context;
    }

    /** The names models may use. */
    public Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            known = Set.of(context.getBeanNamesForAnnotation(ProcessBean.class));
            names = known;
        }
        return known;
    }

    /** The type of the process bean with this name, if there is one. */
    public Optional<Class<?>> typeOf(String name) {
        return names().contains(name) ? Optional.ofNullable(context.getType(name)) : Optional.empty();
    }

    /** A bean of the application that models may not use. */
    public boolean isClosedToModels(String name) {
        return context.containsBean(name) && !names().contains(name);
    }

    /** The process beans as the engine reads them: a read-only map from name to bean. */
    Map<Object, Object> asEngineBeans() {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return names().contains(key);
            }

            @Override
            public Object get(Object key) {
                return containsKey(key) ? context.getBean((String) key) : null;
            }

            @Override
            public Set<Entry<Object, Object>> entrySet() {
                return names().stream().map(name -> Map.entry((Object) name, context.getBean(name)))
                        .collect(Collectors.toUnmodifiableSet());
            }
        };
    }
}
