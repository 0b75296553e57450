package nl.inburgeringsregie.models;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.models.gate.ExpressionBeans;
import nl.inburgeringsregie.models.gate.ModelQualityGate;
import nl.inburgeringsregie.security.Groups;

@Configuration(proxyBeanMethods = false)
class ModelsConfiguration {

    /** User tasks go to consulenten or coordinatoren; expressions call this application's beans. */
    @Bean
    ModelQualityGate modelQualityGate(ApplicationContext context) {
        Set<String> norms = Arrays.stream(Norm.values()).map(Norm::name).collect(Collectors.toSet());
        ExpressionBeans beans = name -> context.containsBean(name) ? Optional.ofNullable(context.getType(name))
                : Optional.empty();
        return new ModelQualityGate(Set.of(Groups.CONSULENTEN, Groups.COORDINATOREN), norms, beans);
    }
}
