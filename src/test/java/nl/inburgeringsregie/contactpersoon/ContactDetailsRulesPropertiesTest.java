package nl.inburgeringsregie.contactpersoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Example;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import nl.inburgeringsregie.support.AdversarialText;

/**
 * Issue 24, point 3: DUO's rules for a contact person's details ({@link ContactDetailsRules}; Contactpersoon API 1.0.0,
 * schema Contactpersoongegevens) over generated input: details DUO takes are accepted and sent as typed (trimmed), each
 * bad field gets its own Dutch message, and nothing is thrown.
 */
class ContactDetailsRulesPropertiesTest {

    private static final Set<String> FIELDS = Set.of("naam", "email", "telefoonnummer");

    @Property
    void detailsDuoTakesAreAcceptedAndSentAsTyped(@ForAll("names") String naam, @ForAll("emails") String email,
            @ForAll("phones") String phone, @ForAll("spaces") String padding) {
        assertThat(ContactDetailsRules.violations(padding + naam + padding, padding + email, phone + padding)).isEmpty();
        assertThat(ContactDetailsRules.details(padding + naam + padding, padding + email, phone + padding))
                .isEqualTo(new ContactDetailsRules.Details(naam, email, phone));
    }

    @Property
    void anythingSentIsAcceptedOrRefusedPerFieldInDutch(@ForAll("anyText") String naam, @ForAll("anyText") String email,
            @ForAll("anyText") String phone) {
        Map<String, String> violations = ContactDetailsRules.violations(naam, email, phone);
        assertThat(FIELDS).containsAll(violations.keySet());
        violations.values().forEach(message -> assertThat(message).isNotBlank().doesNotContain("null")
                .containsAnyOf("Vul", "Gebruik", "Te lang", "heeft"));
    }

    /** DUO's naam pattern takes letters; a field with characters a reader cannot see is refused (PlainText). */
    @Property
    void anInvisibleCharacterInAnyFieldIsRefusedAtThatField(@ForAll("names") String naam, @ForAll("emails") String email,
            @ForAll("phones") String phone, @ForAll("invisible") char hidden, @ForAll @IntRange(min = 0, max = 2) int which,
            @ForAll @IntRange(min = 1, max = 3) int at) {
        String[] fields = {naam, email, phone};
        String target = fields[which];
        // inside the text, not at its end: white space around a field is trimmed, as the consulent means it
        String inside = target.length() > 1 ? target : target + target;
        int position = Math.min(at, inside.length() - 1);
        fields[which] = inside.substring(0, position) + hidden + inside.substring(position);
        assertThat(ContactDetailsRules.violations(fields[0], fields[1], fields[2]))
                .containsOnlyKeys(new String[] {"naam", "email", "telefoonnummer"}[which]);
    }

    @Property
    void aPhoneNumberInAnotherScriptsDigitsIsRefused(@ForAll("foreignDigitPhones") String phone) {
        assertThat(ContactDetailsRules.violations("Anna de Vries", "anna@hoorn.nl", phone)).containsOnlyKeys("telefoonnummer");
    }

    /** What the properties found before the fix: a NUL in the e-mail address, a line break in the telephone number. */
    @Example
    void aNulInTheEmailOrALineBreakInThePhoneNumberIsRefused() {
        assertThat(ContactDetailsRules.violations("A", "a\u0000@a.nl", "0229 252200")).containsOnlyKeys("email");
        assertThat(ContactDetailsRules.violations("A", "a@a.nl", "06\n12345678")).containsOnlyKeys("telefoonnummer");
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars("éëöüçñ").ofMinLength(1).ofMaxLength(12)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(" ", "-", " de ", "'", ". "))
                .as((words, joint) -> String.join(joint, words)).filter(n -> n.length() <= ContactDetailsRules.MAX_NAME);
    }

    @Provide
    Arbitrary<String> emails() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('a', 'z').withChars("0123456789._-").ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(part, part, Arbitraries.of("nl", "com", "eu")).as((local, domain, tld) -> local + "@" + domain + "." + tld);
    }

    @Provide
    Arbitrary<String> phones() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').ofLength(10),
                Arbitraries.strings().withCharRange('0', '9').ofLength(9).map(d -> "+31 " + d.charAt(0) + " " + d.substring(1)),
                Arbitraries.strings().withCharRange('0', '9').ofLength(8).map(d -> "06-" + d),
                Arbitraries.strings().withCharRange('0', '9').ofLength(10).map(d -> d.substring(0, 4) + " " + d.substring(4) + ",12"));
    }

    @Provide
    Arbitrary<String> foreignDigitPhones() {
        return AdversarialText.inForeignDigits(Arbitraries.strings().withCharRange('0', '9').ofLength(10));
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(" \u2003").ofMaxLength(2);
    }

    @Provide
    Arbitrary<Character> invisible() {
        return Arbitraries.of('\u0000', '\u0007', '\u200B', '\u200E', '\u202E', '\u2066', '\uFEFF', '\u00AD', '\t', '\n');
    }

    @Provide
    Arbitrary<String> anyText() {
        return AdversarialText.anything().injectNull(0.1);
    }
}
