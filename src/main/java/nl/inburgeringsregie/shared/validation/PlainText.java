package nl.inburgeringsregie.shared.validation;

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
            return firstHidden(text) < 0;
        }

        /**
         * The first character of {@code text} this rule refuses, or -1 when there is none (or no text): for what a
         * reader sees on one line.
         */
        public static int firstHidden(String text) {
            return firstHidden(text, false);
        }

        /**
         * As {@link #firstHidden(String)}, for text of several lines (a text area): a line break ({@code \n}) and a
         * tab are allowed there, as the browser sends them; every other character this rule refuses is still
         * refused.
         */
        public static int firstHiddenInLines(String text) {
            return firstHidden(text, true);
        }

        private static int firstHidden(String text, boolean lines) {
            return text == null ? -1 : text.codePoints()
                    .filter(codePoint -> !(lines && (codePoint == '\n' || codePoint == '\t')) && isHidden(codePoint))
                    .findFirst().orElse(-1);
        }

        private static boolean isHidden(int codePoint) {
            int type = Character.getType(codePoint);
            return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
        }
    }
}
