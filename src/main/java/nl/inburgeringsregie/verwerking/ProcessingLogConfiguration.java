package nl.inburgeringsregie.verwerking;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
class ProcessingLogConfiguration {

    /**
     * Writes the pieces of streamed reads ({@link StreamedPersonsRead}) beside the export that reads them: two exports
     * at a time each hold one connection for it, more wait their turn; a node that stops first writes what it holds.
     */
    @Bean
    ThreadPoolTaskExecutor processingLogWriter() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setThreadNamePrefix("verwerkingslog-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }
}
