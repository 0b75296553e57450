package nl.inburgeringsregie.models.gate;

import java.util.Optional;

/**
 * The beans an expression in a model can call (the application's process beans, by name), for
 * {@link ExpressionRule}.
 */
public interface ExpressionBeans {

    /** No beans known: bean calls are not checked. */
    ExpressionBeans NONE = name -> Optional.empty();

    /** The type of the bean with this name, if there is one. */
    Optional<Class<?>> typeOf(String name);

    /** A bean of the application that models may not name (it is not open to models). */
    default boolean isClosed(String name) {
        return false;
    }
}
