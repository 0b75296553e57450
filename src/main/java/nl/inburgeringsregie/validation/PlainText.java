package nl.inburgeringsregie.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text on one line as a person writes it: no control characters (NUL, BEL, tab, line breaks …) and no invisible
 * format characters (such as U+202E, which turns the text after it around, or zero-width characters), which a
 * reader cannot see but which change what is shown or stored (probe of issue 16). Nothing is removed: such text
 * is refused.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "Gebruik alleen zichtbare tekens op één regel (geen tabs, regeleinden of onzichtbare tekens)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlainText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPlain(value);
        }

        /** Whether the text holds no control or format character; {@code null} is left to {@code @NotNull}. */
        public static boolean isPlain(String text) {
            return text == null || text.codePoints().noneMatch(Check::isHidden);
        }

        private static boolean isHidden(int codePoint) {
            int type = Character.getType(codePoint);
            return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
        }
    }
}
