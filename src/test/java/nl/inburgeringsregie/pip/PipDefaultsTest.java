package nl.inburgeringsregie.pip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.inburgeringsregie.pip.PipDefaults.Field;
import nl.inburgeringsregie.shared.InvalidInputException;

class PipDefaultsTest {

    final PipDefaults defaults = new PipDefaults();
    final Map<Field, Object> fields = new HashMap<>();

    final PipDefaults.Form form = new PipDefaults.Form() {
        @Override
        public String text(Field field) {
            Object value = fields.get(field);
            return value == null ? null : value.toString();
        }

        @Override
        public Integer integer(Field field) {
            return (Integer) fields.get(field);
        }

        @Override
        public boolean checked(Field field) {
            return Boolean.TRUE.equals(fields.get(field));
        }

        @Override
        public String nameOf(Field field) {
            return field == Field.ROUTE ? "leerroute" : field.name();
        }
    };

    @Test
    void aB1DraftReadsTheB1FieldsAndTheReasonToDeviate() {
        fields.putAll(Map.of(Field.ROUTE, "B1_ROUTE", Field.ADVISED_ROUTE, "Z_ROUTE", Field.DEVIATION_REASON, "Motivatie",
                Field.NIVEAU, "B1", Field.ESTIMATED_HOURS_B1, 600, Field.MAP_PROVIDER, "MAP BV", Field.DURATION_MONTHS, 30,
                Field.MAY_FINISH_EDUCATION, true));

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
        fields.putAll(Map.of(Field.ROUTE, "ONDERWIJSROUTE", Field.ADVISED_ROUTE, "ONDERWIJSROUTE",
                Field.DEVIATION_REASON, "oud", Field.NIVEAU, "B1", Field.ESTIMATED_HOURS_B1, 600, Field.MAP_PROVIDER, "MAP BV"));

        PipDraft draft = defaults.draft(form);

        assertThat(draft.deviationReason()).isNull();
        assertThat(draft.niveau()).isNull();
        assertThat(draft.estimatedHoursB1()).isNull();
        assertThat(draft.mapProvider()).isNull();
        assertThat(draft.mayFinishEducation()).isFalse();
    }

    /** DOMAIN.md: Wi2013 cases have no Wi2021 leerroute; the form hides it and a value left by the advice is not read. */
    @Test
    void aWi2013DraftReadsNoRouteNorWhatOnlyARouteHas() {
        fields.putAll(Map.of(Field.ROUTE, "B1_ROUTE", Field.ADVISED_ROUTE, "B1_ROUTE", Field.NIVEAU, "B1",
                Field.LANGUAGE_PROVIDER, "DEMO000001", Field.MAP_PROVIDER, "MAP BV", Field.ALFABETISERING, "NVT",
                Field.PVT_PROVIDER, "VWN", Field.GUIDANCE_AGREEMENTS, "Maandelijks", Field.PARTICIPATION_AGREEMENTS, "Werk",
                Field.DURATION_MONTHS, 24));

        PipDraft draft = defaults.draft(form, true);

        assertThat(draft.leerroute()).isNull();
        assertThat(draft.advisedRoute()).isNull();
        assertThat(draft.niveau()).isNull();
        assertThat(draft.languageProvider()).isNull();
        assertThat(draft.mapProvider()).isNull();
        assertThat(draft.alfabetisering()).isNull();
        assertThat(draft.pvtProvider()).isEqualTo("VWN");
        assertThat(draft.guidanceAgreements()).isEqualTo("Maandelijks");
        assertThat(draft.participationAgreements()).isEqualTo("Werk");
        assertThat(draft.durationMonths()).isEqualTo(24);
    }

    @Test
    void anUnknownRouteIsRefusedOnItsField() {
        fields.put(Field.ROUTE, "C1_ROUTE");

        assertThatThrownBy(() -> defaults.draft(form)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsExactly(Map.entry("leerroute", "Onbekende leerroute 'C1_ROUTE'")));
    }

    @Test
    void aChangeKeepsWhatTheFormDoesNotChangeAndScalesTheCheckedPartsToA2() {
        fields.putAll(Map.of(Field.NEW_ROUTE, "B1_ROUTE", Field.NIVEAU, "A2", Field.A2_SPEAKING, true, Field.A2_READING, true,
                Field.A2_LISTENING, false, Field.CHANGE_REASON, "Spreken blijft achter"));

        PipDraft change = defaults.change(form, pip("DEMO000002", "MAP BV", 500, "A", 24));

        assertThat(change.leerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(change.niveau()).isEqualTo("A2");
        assertThat(change.a2Parts()).containsExactly("LE", "SP");
        assertThat(change.languageProvider()).as("left empty: the provider in force, by its instellingsnummer")
                .isEqualTo("DEMO000002");
        assertThat(change.mapProvider()).isEqualTo("MAP BV");
        assertThat(change.estimatedHoursB1()).isEqualTo(500);
        assertThat(change.alfabetisering()).isEqualTo("A");
        assertThat(change.durationMonths()).isEqualTo(24);
        assertThat(change.changeReason()).isEqualTo("Spreken blijft achter");
    }

    @Test
    void aChangeOfATakenOverPipSaysWhatIsNotKnown() {
        fields.putAll(Map.of(Field.NEW_ROUTE, "Z_ROUTE", Field.NEW_LANGUAGE_PROVIDER, " ", Field.NEW_MAP_PROVIDER, "MAP BV",
                Field.A2_SPEAKING, true));

        PipDraft change = defaults.change(form, pip(null, null, null, null, null));

        assertThat(change.languageProvider()).as("no provider of the list to keep: PipService asks to choose one")
                .isNull();
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
        fields.put(Field.NEW_ROUTE, "ONDERWIJSROUTE");

        assertThat(defaults.change(form, pip("DEMO000002", "MAP BV", null, null, null)).mapProvider()).isNull();
    }

    /** A PIP in force whose taalaanbieder is the provider with this instellingsnummer (its name: "Taalhuis …"). */
    private static Pip pip(String languageProviderId, String mapProvider, Integer hoursB1, String alfabetisering,
            Integer months) {
        return new Pip(1, 1, 1, PipStatus.values()[0], Leerroute.B1_ROUTE, null, null, "B1",
                languageProviderId == null ? null : "Taalhuis " + languageProviderId, hoursB1,
                alfabetisering, false, null, mapProvider, null, null, null, months, null, null, null, null, null, null,
                null, null, null, languageProviderId, null, null, null);
    }
}
