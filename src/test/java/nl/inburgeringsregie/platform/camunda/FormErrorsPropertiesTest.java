package nl.inburgeringsregie.platform.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: how a process bean reads a form's number — whole numbers ({@link FormErrors#integer}: the PIP's
 * duration and intensity), amounts ({@link FormErrors#amount}: ontzorgen's fixed costs) and hours
 * ({@link FormErrors#number}) — over generated values of every type a form or a REST client can store: the number meant,
 * or a Dutch refusal at the field (Tasklist shows it, REST answers 400); never another exception, never a number that is
 * not the one sent.
 */
class FormErrorsPropertiesTest {

    private static final String FIELD = "duurMaanden";

    @Property
    void aWholeNumberIsReadAsItselfOrRefusedNeverWrappedOrRounded(@ForAll("values") Object value) {
        Integer read;
        try {
            read = FormErrors.integer(execution(value), FIELD);
        } catch (FormFieldValidationException e) {
            assertThat(e.getMessage()).contains("Vul een heel getal in");
            return;
        }
        if (read != null) {
            assertThat(exactly(value)).as("the number sent").isNotNull();
            assertThat(new BigDecimal(read)).isEqualByComparingTo(exactly(value));
        }
    }

    /** The value as an exact decimal, or null when it is none (NaN, Infinity, text). */
    private static BigDecimal exactly(Object value) {
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Property
    void anAmountIsReadAsItselfOrRefused(@ForAll("values") Object value) {
        Throwable thrown = catchThrowable(() -> {
            BigDecimal read = FormErrors.amount(execution(value), FIELD);
            if (read != null) {
                assertThat(read).isEqualByComparingTo(exactly(value));
            }
        });
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vul een bedrag in");
        }
    }

    @Property
    void foreignDigitsAreRefusedNotReadAsNumbers(@ForAll("foreignNumbers") String value) {
        assertThat(catchThrowable(() -> FormErrors.integer(execution(value), FIELD)))
                .isInstanceOf(FormFieldValidationException.class);
        assertThat(catchThrowable(() -> FormErrors.number(execution(value), FIELD)))
                .isInstanceOf(FormFieldValidationException.class);
    }

    /** What the property found before the fix: 2^32 + 1 was read as 1, Infinity as 2147483647. */
    @Example
    void aNumberBeyondAnIntegerIsRefusedNotWrapped() {
        assertThat(catchThrowable(() -> FormErrors.integer(execution(4_294_967_297L), FIELD)))
                .isInstanceOf(FormFieldValidationException.class);
        assertThat(catchThrowable(() -> FormErrors.integer(execution(Double.POSITIVE_INFINITY), FIELD)))
                .isInstanceOf(FormFieldValidationException.class);
    }

    /** An execution holding only the field's value (a proxy: a mock per try would cost most of the run). */
    private static DelegateExecution execution(Object value) {
        return (DelegateExecution) Proxy.newProxyInstance(FormErrorsPropertiesTest.class.getClassLoader(),
                new Class<?>[] {DelegateExecution.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getVariable") && FIELD.equals(arguments[0])) {
                        return value;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.shorts().map(Object.class::cast),
                Arbitraries.doubles().map(Object.class::cast),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20, 2147483648.0, -0.0)
                        .map(Object.class::cast),
                Arbitraries.bigDecimals().map(Object.class::cast),
                Arbitraries.strings().withChars("0123456789-+.eE ").ofMaxLength(14).map(Object.class::cast),
                AdversarialText.anything().map(Object.class::cast));
    }

    @Provide
    Arbitrary<String> foreignNumbers() {
        return AdversarialText.inForeignDigits(Arbitraries.integers().between(0, 99999).map(String::valueOf));
    }
}
