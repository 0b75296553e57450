package nl.inburgeringsregie.aanmelding;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import nl.inburgeringsregie.shared.validation.AsciiDigits;

/**
 * The eleven-test of the BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0).
 * Only the ASCII digits 0–9 count: a BSN is nine of them (DUO's schema {@code bsn},
 * duo-m2m/API/Notificatie/openapi.yml: length 9, pattern {@code \d{9}}, where {@code \d} is 0–9 as in
 * the ECMA-262 regular expressions of JSON Schema). Other scripts' digits (fullwidth "９")
 * are refused, not converted: the same person must never be stored under two spellings. This is the one
 * BSN rule of the application; every place that reads a BSN uses it. An empty value is left to
 * {@code @NotBlank}.
 */
public class BsnValidator implements ConstraintValidator<Bsn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isEmpty() || isValidBsn(value);
    }

    public static boolean isValidBsn(String value) {
        if (value == null || value.length() != 9 || !AsciiDigits.only(value)) {
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
