package nl.inburgeringsregie.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.aanmelding.AanmeldingService;
import nl.inburgeringsregie.aanmelding.DuplicateCaseException;
import nl.inburgeringsregie.aanmelding.Requester;
import nl.inburgeringsregie.security.DemoUsers;
import nl.inburgeringsregie.shared.StartupOrder;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Opleidingsniveau;

/**
 * Registers the six personas of DOMAIN.md (seed 001 §3.3) as aanmeldingen, through the same service as
 * the API, so a new user finds work in Tasklist at once. Persona 1 is a couple: two cases, one
 * household. A persona that already has an open case is skipped, so restarts add nothing.
 */
@Component
@Profile("demo")
class DemoPersonas {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPersonas.class);

    private final AanmeldingService aanmeldingen;
    private final Clock clock;

    DemoPersonas(AanmeldingService aanmeldingen, Clock clock) {
        this.aanmeldingen = aanmeldingen;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(StartupOrder.DEMO_DATA + 1)
    void registerPersonas() {
        var requester = new Requester("coa", DemoUsers.ALL_GEMEENTEN, true);
        int registered = 0;
        for (AanmeldingRequest persona : personas(LocalDate.now(clock))) {
            try {
                aanmeldingen.register(persona, requester);
                registered++;
            } catch (DuplicateCaseException alreadyThere) {
                // registered at an earlier start
            }
        }
        LOG.info("Demozaken: {} persona's nieuw aangemeld", registered);
    }

    static List<AanmeldingRequest> personas(LocalDate today) {
        return List.of(
                // 1. Eritrean couple with five children; she is illiterate (likely Z-route)
                asylum("Tesfay", "Ghebremedhin", "999990007", today.minusYears(50).minusDays(40), "ERI",
                        "GM0405", "COA-HH-1001", "Tigrinya", Opleidingsniveau.BASISONDERWIJS, today.minusDays(21),
                        "AZC Heerhugowaard"),
                asylum("Selam", "Tesfamariam", "999990019", today.minusYears(45).minusDays(100), "ERI",
                        "GM0405", "COA-HH-1001", "Tigrinya", Opleidingsniveau.GEEN, today.minusDays(21),
                        "AZC Heerhugowaard"),
                // 2. Australian man, highly educated, Dutch wife: gezinsmigrant
                new AanmeldingRequest("James", "Wilson", "999990020", today.minusYears(55).minusDays(10), "AUS",
                        Doelgroep.GEZINSMIGRANT, "GM0388", null, "Engels", false, Opleidingsniveau.WO, null, null, null, null),
                // 3. Syrian woman, doctor, husband and two children
                asylum("Rima", "Al-Hassan", "999990032", today.minusYears(35).minusDays(200), "SYR", "GM0420",
                        "COA-HH-1002", "Arabisch", Opleidingsniveau.WO, today.minusDays(10), "AZC Alkmaar"),
                // 4. Syrian man living alone; wife and two children may follow as nareizigers
                asylum("Omar", "Haddad", "999990044", today.minusYears(35).minusDays(30), "SYR", "GM0405",
                        "COA-HH-1003", "Arabisch", Opleidingsniveau.VOORTGEZET_ONDERWIJS, today.minusDays(5),
                        "AZC Alkmaar"),
                // 5. Russian woman, Dutch partner with an arable farm: gezinsmigrant
                new AanmeldingRequest("Olga", "Petrova", "999990056", today.minusYears(40).minusDays(60), "RUS",
                        Doelgroep.GEZINSMIGRANT, "GM1598", null, "Russisch", false,
                        Opleidingsniveau.VOORTGEZET_ONDERWIJS, null, null, null, null),
                // 6. Eritrean young man, former unaccompanied minor, international transition class
                asylum("Yonas", "Kidane", "999990068", today.minusYears(18).minusDays(70), "ERI", "GM0532",
                        "COA-HH-1004", "Tigrinya", Opleidingsniveau.VOORTGEZET_ONDERWIJS, today.minusDays(14),
                        "AZC Heerhugowaard"));
    }

    private static AanmeldingRequest asylum(String givenNames, String surname, String bsn, LocalDate birthDate,
            String nationality, String gemeente, String household, String language, Opleidingsniveau education,
            LocalDate koppeldatum, String azc) {
        return new AanmeldingRequest(givenNames, surname, bsn, birthDate, nationality, Doelgroep.ASIELMIGRANT,
                gemeente, household, language, true, education, koppeldatum, azc, null, null);
    }
}
