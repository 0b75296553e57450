package nl.inburgeringsregie.contactpersoon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DUO's rules for a contact person's details (Contactpersoon API 1.0.0 openapi.yml, schema Contactpersoongegevens:
 * naam, email and telefoonnummer required; naam at most 100 of letters, spaces, ' ‘ . and dashes; email 4..241;
 * telefoonnummer 3..22 after DUO's pattern), good and bad, each with a Dutch message for its field.
 */
class ContactDetailsRulesTest {

    @Test
    void detailsAsDuoAsksThemPass() {
        assertThat(ContactDetailsRules.violations("Anna de Vries-O'Neill", "a.devries@hoorn.nl", "0229 252200")).isEmpty();
        assertThat(ContactDetailsRules.violations("Çelik Ünal", "x@y.nl", "+31 229 252200,123")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0229252200", "06-12345678", "+31 6 12345678", "020 (0)1234567", "112"})
    void phoneNumbersDuoAccepts(String phone) {
        assertThat(ContactDetailsRules.violations("Anna", "a@b.nl", phone)).isEmpty();
    }

    @Test
    void everyMissingFieldHasItsOwnMessage() {
        var errors = ContactDetailsRules.violations(" ", null, "");
        assertThat(errors).containsOnlyKeys("naam", "email", "telefoonnummer");
        assertThat(errors.get("naam")).startsWith("Vul uw naam in");
        assertThat(errors.get("email")).startsWith("Vul uw e-mailadres in");
        assertThat(errors.get("telefoonnummer")).startsWith("Vul uw telefoonnummer in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna 2", "Anna <b>", "Anna\nde Vries", "Anna@gemeente"})
    void aNameWithOtherSignsIsRefused(String name) {
        assertThat(ContactDetailsRules.violations(name, "a@b.nl", "0229252200"))
                .containsOnlyKeys("naam").containsValue(
                        "Gebruik alleen letters, spaties, punten, apostrofs en streepjes (regel van DUO)");
    }

    @Test
    void aNameOfMoreThanAHundredCharactersIsRefused() {
        assertThat(ContactDetailsRules.violations("a".repeat(101), "a@b.nl", "0229252200"))
                .containsEntry("naam", "Te lang: maximaal 100 tekens");
        assertThat(ContactDetailsRules.violations("a".repeat(100), "a@b.nl", "0229252200")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna", "anna@", "anna@hoorn", "an na@hoorn.nl", "a@b@c.nl"})
    void anEmailAddressWithoutMailboxAndDomainIsRefused(String email) {
        assertThat(ContactDetailsRules.violations("Anna", email, "0229252200")).containsOnlyKeys("email");
    }

    @Test
    void anEmailAddressLongerThanDuoTakesIsRefused() {
        String tooLong = "a".repeat(235) + "@b.nl"; // 240 is allowed, 242 not
        assertThat(ContactDetailsRules.violations("Anna", tooLong, "0229252200")).isEmpty();
        assertThat(ContactDetailsRules.violations("Anna", "aa" + tooLong, "0229252200"))
                .containsEntry("email", "Een e-mailadres heeft 4 tot 241 tekens");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "0229-25x200", "telefoon", "++31229252200", "0229252200,0", "0229 252200 252200 252200"})
    void aPhoneNumberOutsideDuosPatternIsRefused(String phone) {
        assertThat(ContactDetailsRules.violations("Anna", "a@b.nl", phone)).containsOnlyKeys("telefoonnummer");
    }

    @Test
    void theDetailsAreSentTrimmed() {
        assertThat(ContactDetailsRules.details(" Anna ", " a@b.nl ", " 0229 252200 ").body())
                .containsExactly(java.util.Map.entry("naam", "Anna"), java.util.Map.entry("email", "a@b.nl"),
                        java.util.Map.entry("telefoonnummer", "0229 252200"));
    }
}
