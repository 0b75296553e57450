package nl.inburgeringsregie.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date that cannot be true before {@link #value()} (ISO date; see {@link PlausibleDates} for the bounds
 * and their sources). Together with {@code @PastOrPresent} it keeps dates such as 0001-01-01 out.
 */
@Documented
@Constraint(validatedBy = NotBefore.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBefore {

    /** The earliest plausible date, ISO (jjjj-mm-dd). */
    String value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link LocalDate}; an empty value is left to {@code @NotNull}. */
    class Check implements ConstraintValidator<NotBefore, LocalDate> {

        private LocalDate earliest;

        @Override
        public void initialize(NotBefore annotation) {
            earliest = LocalDate.parse(annotation.value());
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || !value.isBefore(earliest);
        }
    }
}
