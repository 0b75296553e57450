package nl.inburgeringsregie.contactpersoon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import nl.inburgeringsregie.shared.validation.PlainText;

/**
 * DUO's rules for a contact person's details (Contactpersoon API 1.0.0, schema Contactpersoongegevens: naam, email and
 * telefoonnummer are all required), checked where the consulent types them, so DUO never refuses them afterwards.
 * Every bad field gets its own Dutch message. Each field is text on one line as a person writes it ({@link PlainText},
 * issue 16): DUO's patterns alone let a NUL or a zero-width character into the e-mail address and a tab or line break
 * into the telephone number ({@code \s}); found by {@code ContactDetailsRulesPropertiesTest} (issue 24, point 3).
 */
public final class ContactDetailsRules {

    /** Contactpersoongegevens.naam: maxLength 100, pattern {@code [\s'‘.\p{L}\p{Pd}]{0,100}}. */
    public static final int MAX_NAME = 100;
    /** Contactpersoongegevens.email: minLength 4, maxLength 241 (DUO gives no pattern; ours: something@domain.tld). */
    public static final int MIN_EMAIL = 4;
    public static final int MAX_EMAIL = 241;
    /** Contactpersoongegevens.telefoonnummer: minLength 3, maxLength 22 and DUO's pattern below. */
    public static final int MIN_PHONE = 3;
    public static final int MAX_PHONE = 22;

    /** DUO's pattern for naam, taken as the whole value: letters, spaces, apostrophes, dots and dashes. */
    private static final Pattern NAME = Pattern.compile("[\\s'‘.\\p{L}\\p{Pd}]{0,100}");
    /** Our choice where DUO's file is silent: one @, no spaces, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** DUO's pattern for telefoonnummer, as in openapi.yml. */
    private static final Pattern PHONE = Pattern.compile(
            "^(\\+|[0-9])((\\s|\\s?(-|\\(0\\))\\s?)?[0-9]){2,15}([,][1-9][0-9]{1,8})?$");

    private ContactDetailsRules() {
    }

    /** The details as they will be sent: trimmed; the fields {@code naam}, {@code email}, {@code telefoonnummer}. */
    public record Details(String naam, String email, String telefoonnummer) {

        /** The body of POST and PUT /contactpersonen (schema Contactpersoongegevens). */
        public Map<String, Object> body() {
            var body = new LinkedHashMap<String, Object>();
            body.put("naam", naam);
            body.put("email", email);
            body.put("telefoonnummer", telefoonnummer);
            return body;
        }
    }

    /** The Dutch message per bad field; empty when DUO would accept the details. */
    public static Map<String, String> violations(String naam, String email, String telefoonnummer) {
        var errors = new LinkedHashMap<String, String>();
        String name = strip(naam);
        if (name.isEmpty()) {
            errors.put("naam", "Vul uw naam in; DUO vraagt die voor elke contactpersoon");
        } else if (name.length() > MAX_NAME) {
            errors.put("naam", "Te lang: maximaal " + MAX_NAME + " tekens");
        } else if (!PlainText.Check.isPlain(name) || !NAME.matcher(name).matches()) {
            errors.put("naam", "Gebruik alleen letters, spaties, punten, apostrofs en streepjes (regel van DUO)");
        }
        String mail = strip(email);
        if (mail.isEmpty()) {
            errors.put("email", "Vul uw e-mailadres in; DUO vraagt dat voor elke contactpersoon");
        } else if (mail.length() < MIN_EMAIL || mail.length() > MAX_EMAIL) {
            errors.put("email", "Een e-mailadres heeft " + MIN_EMAIL + " tot " + MAX_EMAIL + " tekens");
        } else if (!PlainText.Check.isPlain(mail) || !EMAIL.matcher(mail).matches()) {
            errors.put("email", "Vul een e-mailadres in zoals naam@gemeente.nl");
        }
        String phone = strip(telefoonnummer);
        if (phone.isEmpty()) {
            errors.put("telefoonnummer", "Vul uw telefoonnummer in; DUO vraagt dat voor elke contactpersoon");
        } else if (phone.length() < MIN_PHONE || phone.length() > MAX_PHONE) {
            errors.put("telefoonnummer", "Een telefoonnummer heeft " + MIN_PHONE + " tot " + MAX_PHONE + " tekens");
        } else if (!PlainText.Check.isPlain(phone) || !PHONE.matcher(phone).matches()) {
            errors.put("telefoonnummer", "Vul een telefoonnummer in zoals 0229 252200, 06-12345678 of +31 229 252200 "
                    + "(alleen cijfers, spaties, streepjes; een toestelnummer na een komma)");
        }
        return errors;
    }

    /** The details trimmed, once {@link #violations} found none. */
    public static Details details(String naam, String email, String telefoonnummer) {
        return new Details(strip(naam), strip(email), strip(telefoonnummer));
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
