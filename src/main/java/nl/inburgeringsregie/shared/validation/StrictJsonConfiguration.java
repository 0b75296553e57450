package nl.inburgeringsregie.shared.validation;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The application's ObjectMapper takes JSON values only as their own type. application.yaml
 * (spring.jackson.*) switches off the coercions Jackson has a feature for: text to number or yes/no
 * (mapper.allow-coercion-of-scalars), a number to yes/no (the same), a number to a date
 * (default-leniency: the JSR-310 date reader takes an integer as an epoch day only when lenient), a
 * fraction to a whole number, a number to an enum; and refuses duplicate keys and trailing content. A
 * number or true/false as text has no feature: Jackson's CoercionConfig refuses it here.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer noScalarToText() {
        return builder -> builder.postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
