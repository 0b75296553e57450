package nl.inburgeringsregie.aanmelding;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * The eleven-test of the BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0).
 * An empty value is left to {@code @NotBlank}.
 */
public class BsnValidator implements ConstraintValidator<Bsn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isEmpty() || isValidBsn(value);
    }

    public static boolean isValidBsn(String value) {
        if (value.length() != 9 || !value.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (value.charAt(i) - '0');
        }
        sum -= value.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
