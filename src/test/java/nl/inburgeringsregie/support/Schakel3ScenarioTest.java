package nl.inburgeringsregie.support;

import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.MESSAGE_UITSLAG_LEERBAARHEIDSTOETS;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_PLANNEN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_INTAKEGESPREK_VOEREN;
import static nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess.TASK_PIP_OPSTELLEN;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;

import nl.inburgeringsregie.bredeintake.process.BredeIntakeEnPipProcess;

/**
 * A scenario test of schakel 3: each test starts with an asielmigrant handed over (BRP as {@link #BRP}, no
 * bijstand) and waiting for the brede intake, and goes through it step by step with persona 3's answers
 * (the Syrian doctor), so that each test can check what one answer does.
 */
public abstract class Schakel3ScenarioTest extends ScenarioTest {

    private ProcessInstance schakel3;

    @BeforeEach
    void startCase() {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.asielmigrant(TestBsn.next()));
        driver.completeWarmeOverdracht(BRP, false);
    }

    /** Schakel 3 of the case; kept once found, so assertions still work after it ended. */
    protected ProcessInstance schakel3() {
        if (schakel3 == null) {
            schakel3 = driver.instance(BredeIntakeEnPipProcess.PROCESS_ID);
        }
        return schakel3;
    }

    protected void holdIntake(int yearsOfSchooling, String literacy, String wantsToStudy, String impairment) {
        holdIntake(yearsOfSchooling, literacy, wantsToStudy, impairment, "nee");
    }

    /** The intake planned and held today (the engine's clock, which tests move), its findings as given. */
    protected void holdIntake(int yearsOfSchooling, String literacy, String wantsToStudy, String impairment,
            String furtherTalk) {
        holdIntake(CaseDriver.today(), yearsOfSchooling, literacy, wantsToStudy, impairment, furtherTalk);
    }

    /** The intake held on {@code heldOn} and entered today, with persona 3's findings. */
    protected void holdIntakeHeldOn(LocalDate heldOn) {
        holdIntake(heldOn, 12, "GEALFABETISEERD", "nee", "nee", "nee");
    }

    private void holdIntake(LocalDate heldOn, int yearsOfSchooling, String literacy, String wantsToStudy,
            String impairment, String furtherTalk) {
        driver.consulent(TASK_INTAKEGESPREK_PLANNEN, "intakeGesprekDatum", heldOn.toString(),
                "intakeGesprekLocatie", "Gemeentehuis Hoorn", "intakeTolk", "ja");
        var fields = CaseDriver.vars("intakeVerschenen", "ja", "intakeGehoudenOp", heldOn.toString(),
                "tolkGebruikt", "ja", "opleiding", "Geneeskunde, Damascus", "jarenScholing", (long) yearsOfSchooling,
                "werkervaring", "Arts in Syrië", "gezondheid", "Rugklachten", "traumaSignalen", "nee",
                "gezin", "Gehuwd, twee kinderen", "financien", "Geen schulden", "geletterdheid", literacy,
                "motivatieEnDoelen", "Weer als arts werken", "studiewens", wantsToStudy,
                "beperkingZichtOfGehoor", impairment, "vervolggesprekNodig", furtherTalk);
        if ("ja".equals(impairment)) {
            fields.put("beperkingToelichting", "Blind aan één oog, slechtziend");
        }
        driver.complete(TASK_INTAKEGESPREK_VOEREN, "consulent", "consulenten", fields);
    }

    /** Intake held, the leerbaarheidstoets planned and its result in from DUO: the PIP is to be drafted. */
    protected void toDraftPip(String testResult) {
        holdIntake(12, "GEALFABETISEERD", "nee", "nee");
        driver.runAsyncSteps();
        driver.planLeerbaarheidstoets();
        driver.correlate(MESSAGE_UITSLAG_LEERBAARHEIDSTOETS, "leerbaarheidstoetsUitslag", testResult);
    }

    /** The PIP drafted by the consulent on the route given; {@code overrides} as key, value pairs. */
    protected void draftPip(String route, String deviationReason, Object... overrides) {
        Map<String, Object> fields = CaseDriver.vars("leerroute", route, "taalaanbieder", TestProviders.PROVIDER,
                "alfabetisering", "NVT", "magOpleidingAfmaken", false, "pvtAanbieder", "Vluchtelingenwerk",
                "begeleidingAfspraken", "Maandelijks gesprek", "participatieAfspraken", "Vrijwilligerswerk in de zorg",
                "duurMaanden", 36L);
        // the Inburgeringsaanbod from four months on: not before a dagtekening the tests give up to then (DUO-regel)
        fields.putAll(TestProviders.offer(CaseDriver.today().plusDays(120)));
        if (!"ONDERWIJSROUTE".equals(route)) {
            fields.put("mapAanbieder", "Werkplein Hoorn");
        }
        if ("B1_ROUTE".equals(route)) {
            fields.put("niveau", "B1");
        }
        if (deviationReason != null) {
            fields.put("afwijkingReden", deviationReason);
        }
        fields.putAll(CaseDriver.vars(overrides));
        driver.complete(TASK_PIP_OPSTELLEN, "consulent", "consulenten", fields);
    }
}
