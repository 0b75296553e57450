package nl.inburgeringsregie.models;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.inburgeringsregie.gemeente.Norm;
import nl.inburgeringsregie.models.gate.ExpressionBeans;
import nl.inburgeringsregie.models.gate.ModelQualityGate;
import nl.inburgeringsregie.platform.camunda.ProcessBeans;
import nl.inburgeringsregie.archief.ArchiveSettings;
import nl.inburgeringsregie.shared.Groups;

@Configuration(proxyBeanMethods = false)
class ModelsConfiguration {

    /**
     * User tasks go to consulenten or coordinatoren; expressions call only the process beans; history stays at least the
     * longest bewaartermijn.
     */
    @Bean
    ModelQualityGate modelQualityGate(ProcessBeans processBeans, ArchiveSettings archive) {
        Set<String> norms = Arrays.stream(Norm.values()).map(Norm::name).collect(Collectors.toSet());
        ExpressionBeans beans = new ExpressionBeans() {
            @Override
            public Optional<Class<?>> typeOf(String name) {
                return processBeans.typeOf(name);
            }

            @Override
            public boolean isClosed(String name) {
                return processBeans.isClosedToModels(name);
            }
        };
        return new ModelQualityGate(Set.of(Groups.CONSULENTEN, Groups.COORDINATOREN), norms, beans,
                archive.longestRetentionInDays());
    }
}
