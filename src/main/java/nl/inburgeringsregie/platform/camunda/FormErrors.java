package nl.inburgeringsregie.platform.camunda;

import java.math.BigDecimal;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.shared.validation.AsciiDigits;

/**
 * Turns a broken rule into the exception Camunda reports for a form field: Tasklist shows the Dutch
 * message, REST answers 400, the task stays open and nothing is written.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void check(Runnable work) {
        check(() -> {
            work.run();
            return null;
        });
    }

    /**
     * As {@link #check(Runnable)}, where the case file's generic date field {@code datum} is reported as
     * the form field that held the date.
     */
    public static void check(Runnable work, String dateVariable) {
        check(() -> {
            try {
                work.run();
            } catch (InvalidInputException e) {
                boolean aboutTheDate = "datum".equals(e.fieldErrors().keySet().iterator().next());
                throw aboutTheDate && dateVariable != null ? InvalidInputException.of(dateVariable, e.getMessage()) : e;
            }
        });
    }

    public static <T> T check(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            String field = e.fieldErrors().keySet().iterator().next();
            throw new FormFieldValidationException(field, e.getMessage());
        }
    }

    public static String currentUser(IdentityService identityService) {
        var authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    public static String text(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        return value == null ? null : value.toString();
    }

    public static Integer integer(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            // a number exactly as sent, or refused: never a fraction cut off, nor 2^32 + 1 wrapped to 1 or Infinity
            // read as 2147483647 by Number.intValue (issue 24, point 3); text only as plain digits, so a Dutch "5.000"
            // (five thousand) is refused, never read as 5
            return value instanceof Number number ? new BigDecimal(number.toString()).intValueExact()
                    : AsciiDigits.integer(value.toString().trim());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new FormFieldValidationException(variable, "Vul een heel getal in");
        }
    }

    public static BigDecimal amount(DelegateExecution execution, String variable) {
        return decimal(execution, variable, "Vul een bedrag in");
    }

    /** A number field (hours …); whole or not, the rules of the field decide. */
    public static BigDecimal number(DelegateExecution execution, String variable) {
        return decimal(execution, variable, "Vul een getal in");
    }

    private static BigDecimal decimal(DelegateExecution execution, String variable, String message) {
        Object value = execution.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return AsciiDigits.decimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new FormFieldValidationException(variable, message);
        }
    }
}
