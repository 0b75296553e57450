package nl.inburgeringsregie.duo.simulator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.aanmelding.Bsn;

/**
 * Management of the DUO simulator for demos (analisten): let DUO decide something and notify the
 * gemeente, and see what DUO received.
 */
@RestController
@Profile("duo-simulator")
class DuoSimulatorBeheerController {

    private final SimulatedDuo duo;
    private final SimulatedNotificaties notifications;
    private final java.time.Clock clock;

    DuoSimulatorBeheerController(SimulatedDuo duo, SimulatedNotificaties notifications, java.time.Clock clock) {
        this.duo = duo;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** An event DUO notifies, with what DUO decided first (a test result, an exam result, a new term end). */
    record Gebeurtenis(
            @NotBlank(message = "Vul de gemeente in (CBS-code)") @Pattern(regexp = "GM\\d{4}", message = "De gemeente is een CBS-code, bijvoorbeeld GM0405") String gemeente,
            @NotBlank(message = "Vul het BSN in") @Bsn String bsn,
            @NotBlank(message = "Vul de gebeurtenis in, bijvoorbeeld SS139") String gebeurtenisId,
            String leerbaarheidstoetsUitslag, LocalDate termijnEinde, LocalDate plichtBegin, String doelgroep,
            Map<String, Object> examenresultaat, LocalDate vrijstellingStart, LocalDate vrijstellingEinde) {
    }

    @PostMapping("/duo-simulator/beheer/notificaties")
    SimulatedNotificaties.Sent notify(@Valid @RequestBody Gebeurtenis event) {
        var person = duo.person(event.bsn());
        if (event.plichtBegin() != null) {
            person.plichtBegin = event.plichtBegin();
        }
        if (event.doelgroep() != null) {
            person.doelgroep = event.doelgroep();
        }
        // SS109 grants a temporary exemption (from vrijstellingStart, else today); SS130/SS129 withdraw it (last day
        // vrijstellingEinde, else yesterday) — what DUO's Vrijstelling API then answers (Gebeurtenissen.md)
        if ("SS109".equals(event.gebeurtenisId())) {
            duo.grantTemporaryExemption(person, event.vrijstellingStart() != null ? event.vrijstellingStart()
                    : LocalDate.now(clock), event.vrijstellingEinde());
        }
        if ("SS130".equals(event.gebeurtenisId()) || "SS129".equals(event.gebeurtenisId())) {
            duo.withdrawTemporaryExemption(person, event.vrijstellingEinde() != null ? event.vrijstellingEinde()
                    : LocalDate.now(clock).minusDays(1));
        }
        if (event.termijnEinde() != null) {
            person.termijnEinde = event.termijnEinde();
        }
        if (event.leerbaarheidstoetsUitslag() != null) {
            person.lbt.add(Map.of("resultaat", event.leerbaarheidstoetsUitslag(), "behaaldeScore", "0,00",
                    "benodigdeScore", "0,00", "datumAfname", LocalDate.now(clock).toString()));
        }
        if (event.examenresultaat() != null) {
            person.examens.add(event.examenresultaat());
        }
        return notifications.send(event.gemeente(), event.bsn(), event.gebeurtenisId());
    }

    @GetMapping("/duo-simulator/beheer/berichten")
    List<SimulatedDuo.Received> received() {
        return duo.journal();
    }
}
