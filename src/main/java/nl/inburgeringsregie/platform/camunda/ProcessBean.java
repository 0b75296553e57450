package nl.inburgeringsregie.platform.camunda;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * A Spring bean that models may call in their expressions ({@code ${name.method(execution)}}), under the name
 * given here. The engine resolves only these beans in expressions (see {@link ProcessBeans}), and the model
 * quality gate refuses a model that names any other bean of the application: whoever may deploy a model must
 * not reach the data source, the identity service or any other part of the application through it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface ProcessBean {

    /** The name models use for the bean. */
    @AliasFor(annotation = Component.class)
    String value();
}
