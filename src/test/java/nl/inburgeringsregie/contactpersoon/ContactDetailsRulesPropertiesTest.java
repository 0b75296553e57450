package nl.inburgeringsregie.contactpersoon;

import static nl.inburgeringsregie.support.PropertyChecks.orNull;
import static nl.inburgeringsregie.support.PropertyChecks.qt;
import static nl.inburgeringsregie.support.PropertyChecks.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: DUO's rules for a contact person's details ({@link ContactDetailsRules}; Contactpersoon API 1.0.0,
 * schema Contactpersoongegevens) over generated input: details DUO takes are accepted and sent as typed (trimmed), each
 * bad field gets its own Dutch message, and nothing is thrown.
 */
class ContactDetailsRulesPropertiesTest {

    private static final Set<String> FIELDS = Set.of("naam", "email", "telefoonnummer");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";

    @Test
    void detailsDuoTakesAreAcceptedAndSentAsTyped() {
        qt().forAll(names(), emails(), phones(), textOf(" \u2003", 0, 2)).checkAssert((naam, email, phone, padding) -> {
            assertThat(ContactDetailsRules.violations(padding + naam + padding, padding + email, phone + padding)).isEmpty();
            assertThat(ContactDetailsRules.details(padding + naam + padding, padding + email, phone + padding))
                    .isEqualTo(new ContactDetailsRules.Details(naam, email, phone));
        });
    }

    @Test
    void anythingSentIsAcceptedOrRefusedPerFieldInDutch() {
        Gen<String> anyText = orNull(AdversarialText.anything(), 10);
        qt().forAll(anyText, anyText, anyText).checkAssert((naam, email, phone) -> {
            Map<String, String> violations = ContactDetailsRules.violations(naam, email, phone);
            assertThat(FIELDS).containsAll(violations.keySet());
            violations.values().forEach(message -> assertThat(message).isNotBlank().doesNotContain("null")
                    .containsAnyOf("Vul", "Gebruik", "Te lang", "heeft"));
        });
    }

    /** DUO's naam pattern takes letters; a field with characters a reader cannot see is refused (PlainText). */
    @Test
    void anInvisibleCharacterInAnyFieldIsRefusedAtThatField() {
        Gen<ContactDetailsRules.Details> details = names().zip(emails(), phones(), ContactDetailsRules.Details::new);
        qt().forAll(details, invisible(), integers().between(0, 2), integers().between(1, 3))
                .checkAssert((good, hidden, which, at) -> {
                    String[] fields = {good.naam(), good.email(), good.telefoonnummer()};
                    String target = fields[which];
                    // inside the text, not at its end: white space around a field is trimmed, as the consulent means it
                    String inside = target.length() > 1 ? target : target + target;
                    int position = Math.min(at, inside.length() - 1);
                    fields[which] = inside.substring(0, position) + hidden + inside.substring(position);
                    assertThat(ContactDetailsRules.violations(fields[0], fields[1], fields[2]))
                            .containsOnlyKeys(new String[] {"naam", "email", "telefoonnummer"}[which]);
                });
    }

    @Test
    void aPhoneNumberInAnotherScriptsDigitsIsRefused() {
        qt().forAll(AdversarialText.inForeignDigits(textOf(DIGITS, 10, 10))).checkAssert(phone ->
                assertThat(ContactDetailsRules.violations("Anna de Vries", "anna@hoorn.nl", phone))
                        .containsOnlyKeys("telefoonnummer"));
    }

    /** What the properties found before the fix: a NUL in the e-mail address, a line break in the telephone number. */
    @Test
    void aNulInTheEmailOrALineBreakInThePhoneNumberIsRefused() {
        assertThat(ContactDetailsRules.violations("A", "a\u0000@a.nl", "0229 252200")).containsOnlyKeys("email");
        assertThat(ContactDetailsRules.violations("A", "a@a.nl", "06\n12345678")).containsOnlyKeys("telefoonnummer");
    }

    private static Gen<String> names() {
        Gen<String> word = textOf(LETTERS + "éëöüçñ", 1, 12).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return lists().of(word).ofSizeBetween(1, 4).zip(Generate.pick(List.of(" ", "-", " de ", "'", ". ")),
                        (words, joint) -> String.join(joint, words))
                .assuming(n -> n.length() <= ContactDetailsRules.MAX_NAME);
    }

    private static Gen<String> emails() {
        Gen<String> part = textOf(LETTERS + DIGITS + "._-", 1, 20);
        return part.zip(part, Generate.pick(List.of("nl", "com", "eu")), (local, domain, tld) -> local + "@" + domain + "." + tld);
    }

    private static Gen<String> phones() {
        return Generate.oneOf(
                textOf(DIGITS, 10, 10),
                textOf(DIGITS, 9, 9).map(d -> "+31 " + d.charAt(0) + " " + d.substring(1)),
                textOf(DIGITS, 8, 8).map(d -> "06-" + d),
                textOf(DIGITS, 10, 10).map(d -> d.substring(0, 4) + " " + d.substring(4) + ",12"));
    }

    private static Gen<Character> invisible() {
        return Generate.pick(List.of('\u0000', '\u0007', '\u200B', '\u200E', '\u202E', '\u2066', '\uFEFF', '\u00AD', '\t', '\n'));
    }
}
