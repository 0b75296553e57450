package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import nl.inburgeringsregie.support.Aanmeldingen;
import nl.inburgeringsregie.support.CaseDriver;
import nl.inburgeringsregie.support.ScenarioTest;
import nl.inburgeringsregie.support.TestBsn;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.process.InburgeringProcess;

/** Issue 19, point 7: a refused form is a user error, logged once at INFO without a stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class QuietFormRefusalsTest extends ScenarioTest {

    private static final String REFUSED_DAY = "2099-03-17";

    @Test
    void aRefusedFormIsLoggedOnceAtInfoWithTheFieldButNotTheValueAndWithoutAStackTrace(CapturedOutput output) {
        driver = CaseDriver.register(engine, aanmeldingen, Aanmeldingen.of(TestBsn.next(), Doelgroep.GEZINSMIGRANT));
        int before = output.length();

        assertThatThrownBy(() -> driver.consulent(InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN,
                "brpInschrijfdatum", REFUSED_DAY)).isInstanceOf(FormFieldValidationException.class);

        String logged = output.toString().substring(before);
        assertThat(logged.lines().filter(line -> line.contains("Formulier niet opgeslagen")))
                .singleElement().satisfies(line -> assertThat(line).contains(" INFO ")
                        .contains("het veld 'brpInschrijfdatum'"));
        assertThat(logged).doesNotContain("ENGINE-16004").doesNotContain(" ERROR ").doesNotContain("\tat ")
                .as("what was typed").doesNotContain(REFUSED_DAY).doesNotContain("17-03-2099");
    }

    @Test
    void aRealFailureIsStillLoggedAtErrorWithItsStackTrace(CapturedOutput output) {
        int before = output.length();

        assertThatThrownBy(() -> engine.getRuntimeService().correlateMessage("BestaatNiet"))
                .isInstanceOf(ProcessEngineException.class);

        String logged = output.toString().substring(before);
        assertThat(logged).contains(" ERROR ").contains("ENGINE-16004").contains("\tat ");
    }
}
