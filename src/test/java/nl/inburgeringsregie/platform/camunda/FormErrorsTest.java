package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;

/**
 * Numbers typed in a form field as text (hours, amounts, months) are read with ASCII digits only (issue 16
 * point 3): Integer.valueOf and new BigDecimal would take fullwidth "１２" as 12.
 */
class FormErrorsTest {

    @Test
    void readsNumbersWrittenWithAsciiDigits() {
        assertThat(FormErrors.integer(field("duurMaanden", " 12 "), "duurMaanden")).isEqualTo(12);
        assertThat(FormErrors.integer(field("duurMaanden", 12L), "duurMaanden")).isEqualTo(12);
        assertThat(FormErrors.number(field("urenTaalKnm", "7.5"), "urenTaalKnm")).isEqualByComparingTo(new BigDecimal("7.5"));
        assertThat(FormErrors.amount(field("huurBetaald", "650.00"), "huurBetaald")).isEqualByComparingTo(new BigDecimal("650"));
    }

    @Test
    void refusesOtherScriptsDigitsWithTheFieldsDutchMessage() {
        assertThatThrownBy(() -> FormErrors.integer(field("duurMaanden", "\uFF11\uFF12"), "duurMaanden"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vul een heel getal in");
        assertThatThrownBy(() -> FormErrors.number(field("urenTaalKnm", "\u0667.5"), "urenTaalKnm"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vul een getal in");
        assertThatThrownBy(() -> FormErrors.amount(field("huurBetaald", "\uFF16\uFF15\uFF10"), "huurBetaald"))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vul een bedrag in");
    }

    private static DelegateExecution field(String name, Object value) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(name)).thenReturn(value);
        return execution;
    }
}
