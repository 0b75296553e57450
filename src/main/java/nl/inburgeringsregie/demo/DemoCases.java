package nl.inburgeringsregie.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.aanmelding.DuplicateCaseException;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.demo.process.DemoCaseSteps;
import nl.inburgeringsregie.demo.process.DemoCaseSteps.Team;
import nl.inburgeringsregie.security.DemoUsers;
import nl.inburgeringsregie.shared.StartupOrder;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Opleidingsniveau;

/**
 * Demo cases spread over the phases, so that every page (Tasklist, /regie's deadline overview, KPIs and case
 * pages) shows something on the first start, in Westfriesland and in Het Hogeland (issue 19, point 8). Each is
 * registered like the personas (DemoPersonas) and then moved on by its users' tasks ({@link DemoCaseSteps}),
 * with dates in the past where the rules allow. A case whose person already has a case is left alone, so a
 * restart adds nothing. The persons are invented; their BSNs are from the test range 99999…, valid by the
 * eleven-test, as the personas'.
 * <p>
 * Only in the demo profile; {@code inburgering.demo.cases-in-phases: false} leaves them out (the tests' shared
 * context does, so tests that count cases and tasks see only the personas).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "inburgering.demo.cases-in-phases", havingValue = "true", matchIfMissing = true)
class DemoCases {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);

    /** Het Hogeland's team; Westfriesland's works for each of its seven gemeenten (security.DemoUsers). */
    static final Team HOGELAND = new Team("GM1966", "consulenthogeland", "coordinatorhogeland");
    static final Team HOORN = westfriesland("GM0405");
    static final Team DRECHTERLAND = westfriesland("GM0498");
    static final Team MEDEMBLIK = westfriesland("GM0420");

    /** A demo case: who, in which gemeente, and how far it is driven. */
    record DemoCase(String description, AanmeldingRequest request, Team team, BiConsumer<DemoCaseSteps, String> drive) {
    }

    private final AanmeldingService aanmeldingen;
    private final DemoCaseSteps steps;
    private final Clock clock;
    private final List<String> stuck = new CopyOnWriteArrayList<>();

    DemoCases(AanmeldingService aanmeldingen, DemoCaseSteps steps, Clock clock) {
        this.aanmeldingen = aanmeldingen;
        this.steps = steps;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEMO_CASES)
    void createDemoCases() {
        var requester = new Requester("coa", DemoUsers.ALL_GEMEENTEN, true);
        int created = 0;
        for (DemoCase demo : cases(LocalDate.now(clock))) {
            String caseNumber;
            try {
                caseNumber = aanmeldingen.register(demo.request(), requester);
            } catch (DuplicateCaseException alreadyThere) {
                continue; // created at an earlier start: left as its users left it
            }
            try {
                demo.drive().accept(steps, caseNumber);
                created++;
            } catch (RuntimeException e) {
                // a demo case that stops halfway is still a case: the start goes on
                LOG.warn("Demozaak {} ({}) staat niet in de bedoelde fase: {}", caseNumber, demo.description(),
                        e.getMessage());
                stuck.add(demo.description() + ": " + e.getMessage());
            }
        }
        LOG.info("Demozaken in fasen: {} nieuw aangemaakt", created);
    }

    /** The demo cases of this run that stopped before their phase, with why. */
    List<String> stuck() {
        return List.copyOf(stuck);
    }

    static List<DemoCase> cases(LocalDate today) {
        return List.of(
                // Brede intake due: housed and registered ten days ago, the intake to be planned (Hoorn)
                new DemoCase("brede intake", asylum("Ahmad", "Rahimi", "999990111", today.minusYears(29), "AFG",
                        "GM0405", "Dari", today.minusDays(30)), HOORN,
                        (steps, c) -> steps.completeWarmeOverdracht(c, HOORN, today.minusDays(12),
                                today.minusDays(10))),
                // Brede intake four weeks after the BRP registration not held: breached, escalated (Drechterland)
                new DemoCase("overschreden brede intake", asylum("Hamid", "Noori", "999990123", today.minusYears(41),
                        "AFG", "GM0498", "Pasjtoe", today.minusDays(60)), DRECHTERLAND,
                        (steps, c) -> steps.completeWarmeOverdracht(c, DRECHTERLAND, today.minusDays(52),
                                today.minusDays(50))),
                // Schakel 4: intake and PIP in time, the first progress talk held (Medemblik)
                new DemoCase("inburgeren met voortgangsgesprek", asylum("Mariam", "Yousef", "999990135",
                        today.minusYears(33), "SYR", "GM0420", "Arabisch", today.minusDays(260)), MEDEMBLIK,
                        (steps, c) -> {
                            steps.completeWarmeOverdracht(c, MEDEMBLIK, today.minusDays(252), today.minusDays(250));
                            steps.holdBredeIntake(c, MEDEMBLIK, today.minusDays(235));
                            steps.approvePip(c, MEDEMBLIK, today.minusDays(220));
                            steps.holdProgressTalk(c, MEDEMBLIK, today.minusDays(60));
                        }),
                // Het Hogeland: brede intake not held four weeks after the BRP registration: breached, escalated
                new DemoCase("overschreden brede intake", asylum("Dawit", "Tesfaye", "999990147", today.minusYears(26),
                        "ERI", "GM1966", "Tigrinya", today.minusDays(55)), HOGELAND,
                        (steps, c) -> steps.completeWarmeOverdracht(c, HOGELAND, today.minusDays(47),
                                today.minusDays(45))),
                // Het Hogeland: the brede intake held twelve days late (a late norm in the KPIs), the PIP in time,
                // in schakel 4
                new DemoCase("inburgeren na late intake", asylum("Amina", "Warsame", "999990159", today.minusYears(24),
                        "SOM", "GM1966", "Somalisch", today.minusDays(120)), HOGELAND,
                        (steps, c) -> {
                            steps.completeWarmeOverdracht(c, HOGELAND, today.minusDays(112), today.minusDays(110));
                            steps.holdBredeIntake(c, HOGELAND, today.minusDays(70));
                            steps.approvePip(c, HOGELAND, today.minusDays(80));
                        }),
                // Het Hogeland: the obligation met (DUO, SS106), the case completed, in after-care
                new DemoCase("afgerond, nazorg", asylum("Layla", "Ibrahim", "999990160", today.minusYears(31), "SYR",
                        "GM1966", "Arabisch", today.minusDays(370)), HOGELAND,
                        (steps, c) -> {
                            steps.completeWarmeOverdracht(c, HOGELAND, today.minusDays(342), today.minusDays(340));
                            steps.holdBredeIntake(c, HOGELAND, today.minusDays(320));
                            steps.approvePip(c, HOGELAND, today.minusDays(300));
                            steps.holdProgressTalk(c, HOGELAND, today.minusDays(150));
                            steps.completeWithAfterCare(c, HOGELAND, today.minusDays(10));
                        }));
    }

    private static Team westfriesland(String gemeente) {
        return new Team(gemeente, "consulent", "coordinator");
    }

    private static AanmeldingRequest asylum(String givenNames, String surname, String bsn, LocalDate birthDate,
            String nationality, String gemeente, String language, LocalDate koppeldatum) {
        return new AanmeldingRequest(givenNames, surname, bsn, birthDate, nationality, Doelgroep.ASIELMIGRANT,
                gemeente, null, language, true, Opleidingsniveau.VOORTGEZET_ONDERWIJS, koppeldatum, "AZC Alkmaar",
                null, null);
    }
}
