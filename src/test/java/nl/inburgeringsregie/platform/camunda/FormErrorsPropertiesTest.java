package nl.inburgeringsregie.platform.camunda;

import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static nl.inburgeringsregie.support.PropertyChecks.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.bigDecimals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

    @Test
    void aWholeNumberIsReadAsItselfOrRefusedNeverWrappedOrRounded() {
        qt().forAll(values()).checkAssert(value -> {
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
        });
    }

    /** The value as an exact decimal, or null when it is none (NaN, Infinity, text). */
    private static BigDecimal exactly(Object value) {
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Test
    void anAmountIsReadAsItselfOrRefused() {
        qt().forAll(values()).checkAssert(value -> {
            Throwable thrown = catchThrowable(() -> {
                BigDecimal read = FormErrors.amount(execution(value), FIELD);
                if (read != null) {
                    assertThat(read).isEqualByComparingTo(exactly(value));
                }
            });
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vul een bedrag in");
            }
        });
    }

    @Test
    void foreignDigitsAreRefusedNotReadAsNumbers() {
        qt().forAll(AdversarialText.inForeignDigits(integers().between(0, 99999).map(i -> Integer.toString(i)))).checkAssert(value -> {
            assertThat(catchThrowable(() -> FormErrors.integer(execution(value), FIELD)))
                    .isInstanceOf(FormFieldValidationException.class);
            assertThat(catchThrowable(() -> FormErrors.number(execution(value), FIELD)))
                    .isInstanceOf(FormFieldValidationException.class);
        });
    }

    /** What the property found before the fix: 2^32 + 1 was read as 1, Infinity as 2147483647. */
    @Test
    void aNumberBeyondAnIntegerIsRefusedNotWrapped() {
        assertThat(catchThrowable(() -> FormErrors.integer(execution(4_294_967_297L), FIELD)))
                .isInstanceOf(FormFieldValidationException.class);
        assertThat(catchThrowable(() -> FormErrors.integer(execution(Double.POSITIVE_INFINITY), FIELD)))
                .isInstanceOf(FormFieldValidationException.class);
    }

    /** Text is read as plain digits only: a Dutch "5.000" is five thousand, so it is refused, never read as 5. */
    @Test
    void aWholeNumberTypedWithAPointOrAnExponentIsRefused() {
        for (String typed : new String[] {"5.000", "5.0", "1e3", "12,0"}) {
            assertThat(catchThrowable(() -> FormErrors.integer(execution(typed), FIELD))).as(typed)
                    .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Vul een heel getal in");
        }
        assertThat(FormErrors.integer(execution(12.0d), FIELD)).as("a form's number 12.0 is twelve").isEqualTo(12);
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

    /** Every type a form or a REST client can store as a number field's value, and text. */
    private static Gen<Object> values() {
        return Generate.oneOf(
                integers().all().map(Object.class::cast),
                longs().all().map(Object.class::cast),
                integers().between(Short.MIN_VALUE, Short.MAX_VALUE).map(i -> (Object) i.shortValue()),
                doubles().any().map(Object.class::cast),
                Generate.pick(List.<Object>of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e20,
                        2147483648.0, -0.0)),
                integers().between(-4, 20).flatMap(scale -> bigDecimals().ofBytes(12).withScale(scale)).map(Object.class::cast),
                textOf("0123456789-+.eE ", 0, 14).map(Object.class::cast),
                AdversarialText.anything().map(Object.class::cast));
    }
}
