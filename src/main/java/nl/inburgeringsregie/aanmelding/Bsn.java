package nl.inburgeringsregie.aanmelding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A burgerservicenummer: nine digits that pass the eleven-test (elfproef). */
@Documented
@Constraint(validatedBy = BsnValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Bsn {

    String message() default "Geen geldig BSN: het moet uit 9 cijfers bestaan en aan de elfproef voldoen";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
