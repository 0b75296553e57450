package nl.inburgeringsregie.archief;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Proposes a vernietigingslijst for every gemeente with cases that may go ({@code inburgering.archief.vernietigingslijst-cron},
 * Dutch time; "-" switches it off). It only proposes: a coordinator and an archivist still approve every list.
 */
@Component
class DestructionSchedule {

    private final DestructionListService lists;

    DestructionSchedule(DestructionListService lists) {
        this.lists = lists;
    }

    /** Once across the cluster (platform.cluster.SchedulerLocks): a proposal takes seconds, at most minutes. */
    @Scheduled(cron = "${inburgering.archief.vernietigingslijst-cron}", zone = "${inburgering.tijdzone}")
    @SchedulerLock(name = "vernietigingslijsten-voorstellen", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void proposeLists() {
        lists.proposeForAll();
    }
}
