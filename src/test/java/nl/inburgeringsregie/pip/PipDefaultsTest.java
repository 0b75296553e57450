package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.shared.InvalidInputException;

class PipDefaultsTest {

    final PipDefaults defaults = new PipDefaults();
    final Map<String, Object> fields = new HashMap<>();

    final PipDefaults.Form form = new PipDefaults.Form() {
        @Override
        public String text(String field) {
            Object value = fields.get(field);
            return value == null ? null : value.toString();
        }

        @Override
        public Integer integer(String field) {
            return (Integer) fields.get(field);
        }

        @Override
        public boolean checked(String field) {
            return Boolean.TRUE.equals(fields.get(field));
        }
    };

    @Test
    void aB1DraftReadsTheB1FieldsAndTheReasonToDeviate() {
        fields.putAll(Map.of("leerroute", "B1_ROUTE", "adviesLeerroute", "Z_ROUTE", "afwijkingReden", "Motivatie",
                "niveau", "B1", "geschatteIntensiteitB1", 600, "mapAanbieder", "MAP BV", "duurMaanden", 30,
                "magOpleidingAfmaken", true));

        PipDraft draft = defaults.draft(form);

        assertThat(draft.leerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(draft.advisedRoute()).isEqualTo(Leerroute.Z_ROUTE);
        assertThat(draft.deviationReason()).isEqualTo("Motivatie");
        assertThat(draft.niveau()).isEqualTo("B1");
        assertThat(draft.estimatedHoursB1()).isEqualTo(600);
        assertThat(draft.mapProvider()).isEqualTo("MAP BV");
        assertThat(draft.durationMonths()).isEqualTo(30);
        assertThat(draft.mayFinishEducation()).isTrue();
        assertThat(draft.a2Parts()).isNull();
        assertThat(draft.changeReason()).isNull();
    }

    @Test
    void fieldsTheFormHidesForTheRouteAreNotRead() {
        fields.putAll(Map.of("leerroute", "ONDERWIJSROUTE", "adviesLeerroute", "ONDERWIJSROUTE",
                "afwijkingReden", "oud", "niveau", "B1", "geschatteIntensiteitB1", 600, "mapAanbieder", "MAP BV"));

        PipDraft draft = defaults.draft(form);

        assertThat(draft.deviationReason()).isNull();
        assertThat(draft.niveau()).isNull();
        assertThat(draft.estimatedHoursB1()).isNull();
        assertThat(draft.mapProvider()).isNull();
        assertThat(draft.mayFinishEducation()).isFalse();
    }

    @Test
    void anUnknownRouteIsRefusedOnItsField() {
        fields.put("leerroute", "C1_ROUTE");

        assertThatThrownBy(() -> defaults.draft(form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsExactly(Map.entry("leerroute", "Onbekende leerroute 'C1_ROUTE'")));
    }

    @Test
    void aChangeKeepsWhatTheFormDoesNotChangeAndScalesTheCheckedPartsToA2() {
        fields.putAll(Map.of("nieuweLeerroute", "B1_ROUTE", "niveau", "A2", "a2Spreken", true, "a2Lezen", true,
                "a2Luisteren", false, "wijzigingReden", "Spreken blijft achter"));

        PipDraft change = defaults.change(form, pip("Taalhuis", "MAP BV", 500, "A", 24));

        assertThat(change.leerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(change.niveau()).isEqualTo("A2");
        assertThat(change.a2Parts()).containsExactly("LE", "SP");
        assertThat(change.languageProvider()).isEqualTo("Taalhuis");
        assertThat(change.mapProvider()).isEqualTo("MAP BV");
        assertThat(change.estimatedHoursB1()).isEqualTo(500);
        assertThat(change.alfabetisering()).isEqualTo("A");
        assertThat(change.durationMonths()).isEqualTo(24);
        assertThat(change.changeReason()).isEqualTo("Spreken blijft achter");
    }

    @Test
    void aChangeOfATakenOverPipSaysWhatIsNotKnown() {
        fields.putAll(Map.of("nieuweLeerroute", "Z_ROUTE", "nieuweTaalaanbieder", " ", "nieuweMapAanbieder", "MAP BV",
                "a2Spreken", true));

        PipDraft change = defaults.change(form, pip(null, null, null, null, null));

        assertThat(change.languageProvider()).isEqualTo("Niet bekend (PIP van de vorige gemeente)");
        assertThat(change.pvtProvider()).isEqualTo("Niet bekend (PIP van de vorige gemeente)");
        assertThat(change.guidanceAgreements()).isEqualTo("Niet bekend (PIP van de vorige gemeente)");
        assertThat(change.participationAgreements()).isEqualTo("Niet bekend (PIP van de vorige gemeente)");
        assertThat(change.mapProvider()).isEqualTo("MAP BV");
        assertThat(change.alfabetisering()).isEqualTo("NVT");
        assertThat(change.durationMonths()).isEqualTo(36);
        assertThat(change.niveau()).isNull();
        assertThat(change.a2Parts()).isEqualTo(List.of());
    }

    @Test
    void theOnderwijsrouteHasNoMap() {
        fields.put("nieuweLeerroute", "ONDERWIJSROUTE");

        assertThat(defaults.change(form, pip("Taalhuis", "MAP BV", null, null, null)).mapProvider()).isNull();
    }

    private static Pip pip(String languageProvider, String mapProvider, Integer hoursB1, String alfabetisering,
            Integer months) {
        return new Pip(1, 1, 1, PipStatus.values()[0], Leerroute.B1_ROUTE, null, null, "B1", languageProvider, hoursB1,
                alfabetisering, false, null, mapProvider, null, null, null, months, null, null, null, null, null, null,
                null, null, null);
    }
}
