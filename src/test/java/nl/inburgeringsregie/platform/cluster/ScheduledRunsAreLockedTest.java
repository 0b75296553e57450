package nl.inburgeringsregie.platform.cluster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.inburgeringsregie.monitoring.ApplicationMetrics;

/**
 * Issue 22, point 1: everything of ours that runs on a schedule runs once across the cluster. Every {@code @Scheduled}
 * method holds a ShedLock lock with a lock time of its own, except the metrics refresh
 * ({@link ApplicationMetrics#refresh()}): per node on purpose, every node answers its own scrapes. A run at the start
 * ("bij-start", ProviderSyncAtStart and DeadlineDigestAtStart) calls the scheduled run, so it takes its lock.
 */
class ScheduledRunsAreLockedTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.inburgeringsregie");

    @Test
    void everyScheduledMethodButTheMetricsRefreshHoldsAClusterLock() {
        methods().that().areAnnotatedWith(Scheduled.class)
                .and().doNotHaveFullName(ApplicationMetrics.class.getName() + ".refresh()")
                .should().beAnnotatedWith(SchedulerLock.class)
                .because("a scheduled run of ours runs once across the nodes (issue 22, point 1)")
                .check(CLASSES);
    }

    @Test
    void theMetricsRefreshIsTheOneScheduledMethodWithoutALock() throws Exception {
        Method refresh = ApplicationMetrics.class.getMethod("refresh");
        assertThat(refresh.isAnnotationPresent(Scheduled.class)).isTrue();
        assertThat(refresh.isAnnotationPresent(SchedulerLock.class)).as("per node on purpose").isFalse();
    }

    @Test
    void everyLockNamesItsOwnLockTime() {
        List<JavaMethod> locked = CLASSES.stream().flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(SchedulerLock.class)).toList();
        assertThat(locked).as("the scheduled runs but the metrics refresh").hasSize(6);
        for (JavaMethod method : locked) {
            SchedulerLock lock = method.reflect().getAnnotation(SchedulerLock.class);
            assertThat(lock.name()).as("lock name of %s", method.getFullName()).isNotEmpty();
            assertThat(lock.lockAtMostFor()).as("lock time of %s", method.getFullName()).isNotEmpty();
        }
    }

    @Test
    void theRunsAtTheStartGoThroughTheScheduledRunsLock() {
        for (String[] run : new String[][] {
                {"nl.inburgeringsregie.aanbieder.ProviderSyncAtStart", "nl.inburgeringsregie.aanbieder.ProviderSync.daily()"},
                {"nl.inburgeringsregie.signalering.DeadlineDigestAtStart",
                        "nl.inburgeringsregie.signalering.DeadlineDigest.scheduled()"}}) {
            JavaMethod atStartup = CLASSES.get(run[0]).getMethod("atStartup");
            assertThat(atStartup.getMethodCallsFromSelf()).as(run[0])
                    .anySatisfy(call -> assertThat(call.getTarget().getFullName()).isEqualTo(run[1]));
            assertThat(CLASSES.stream().flatMap(type -> type.getMethods().stream())
                    .filter(method -> method.getFullName().equals(run[1])).findFirst().orElseThrow()
                    .isAnnotatedWith(SchedulerLock.class)).as(run[1]).isTrue();
        }
    }
}
