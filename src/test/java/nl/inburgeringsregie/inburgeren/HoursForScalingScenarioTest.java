package nl.inburgeringsregie.inburgeren;

import static nl.inburgeringsregie.inburgeren.process.InburgerenProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.support.HoursTestProviders;

/**
 * The 600 hours before scaling B1 → A2 on parts count only hours at a provider DUO recognises with the Blik op Werk
 * keurmerk (DOMAIN.md: "after at least 600 hours of language teaching at a Blik op Werk certified provider"; PipRules:
 * "bij een gecertificeerde aanbieder"), judged by DUO's list as it stands.
 */
class HoursForScalingScenarioTest extends ScenarioTest {

    @BeforeEach
    void providers() {
        HoursTestProviders.contractAll(jdbc);
    }

    @AfterEach
    void forgetProviders() {
        HoursTestProviders.clear(jdbc);
    }


    private void askA2() {
        driver.consulent(TASK_PIP_WIJZIGEN, "nieuweLeerroute", "B1_ROUTE", "niveau", "A2", "a2Schrijven", true,
                "wijzigingReden", "Schrijven blijft achter na ruim 600 uur");
    }

    @Test
    void hoursAtAProviderThatLostItsKeurmerkDoNotCountUntilDuoListsItAgain() {
        toSchakel4(Aanmeldingen.asielmigrant(TestBsn.next()), "B1_ROUTE");
        driver.recordMonthHours(TASK_UREN_BIJHOUDEN, HoursTestProviders.BOW, HoursTestProviders.month(TODAY), 300, null);
        driver.travelTo(TODAY.plusMonths(1), 9);
        driver.recordMonthHours(TASK_UREN_BIJHOUDEN, HoursTestProviders.BOW_2, HoursTestProviders.month(CaseDriver.today()), 300, null);
        // DUO's list no longer gives the second provider the keurmerk: its 300 hours stop counting for scaling
        HoursTestProviders.bowKeurmerk(jdbc, HoursTestProviders.BOW_2, false);
        driver.holdProgressTalk("ja", "nee", null);

        assertThatThrownBy(this::askA2).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("600 uur").hasMessageContaining("daar geregistreerd: 300 uur");
        assertThat(outbox("UREN_TAAL_REGISTREREN")).as("DUO's total still holds every hour").last().isEqualTo("{\"uren\":600}");

        HoursTestProviders.bowKeurmerk(jdbc, HoursTestProviders.BOW_2, true);
        askA2();
        assertThat(driver.hasTask(TASK_GEWIJZIGD_PIP_BEOORDELEN)).isTrue();
    }
}
