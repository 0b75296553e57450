package nl.inburgeringsregie.models.migration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    /** One migration at a time per node, in the background; the others wait their turn. */
    @Bean
    ThreadPoolTaskExecutor modelMigrationExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("modelmigratie-");
        return executor;
    }
}
