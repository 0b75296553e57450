package nl.inburgeringsregie.pip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * A PIP draft from the forms "PIP opstellen" and "PIP wijzigen": which fields count for the chosen route,
 * and what a change keeps from the PIP in force. The rules a draft must then meet are {@link PipRules}'.
 */
@Service
public class PipDefaults {

    /** The fields of the forms "PIP opstellen" and "PIP wijzigen"; the models name them. */
    public enum Field {
        ROUTE, ADVISED_ROUTE, DEVIATION_REASON, NIVEAU, LANGUAGE_PROVIDER, ESTIMATED_HOURS_B1, ALFABETISERING,
        MAY_FINISH_EDUCATION, PVT_PROVIDER, MAP_PROVIDER, GUIDANCE_AGREEMENTS, PARTICIPATION_AGREEMENTS,
        ONTZORGEN_AGREEMENTS, DURATION_MONTHS,
        NEW_ROUTE, A2_READING, A2_LISTENING, A2_WRITING, A2_SPEAKING, NEW_LANGUAGE_PROVIDER, NEW_MAP_PROVIDER,
        CHANGE_REASON,
        /** The Inburgeringsaanbod of an asielmigrant's PIP: datumInburgeringsaanbod, the course's start and end. */
        OFFER_DATE, OFFER_COURSE_START, OFFER_COURSE_END
    }

    /** Reads a submitted form field. */
    public interface Form {
        String text(Field field);

        /** A whole number; the reader refuses what is none. */
        Integer integer(Field field);

        boolean checked(Field field);

        /** The field's name in the form, to report a broken rule on. */
        String nameOf(Field field);
    }

    /** A PIP taken over from another gemeente does not carry these; the change says so instead of inventing. */
    static final String NOT_KNOWN = "Niet bekend (PIP van de vorige gemeente)";

    /** The parts a B1-route may scale to A2 on a change, by the form's checkbox. */
    private static final Map<Field, String> A2_CHECKBOXES = Map.of(
            Field.A2_READING, "LE", Field.A2_LISTENING, "LU", Field.A2_WRITING, "SC", Field.A2_SPEAKING, "SP");

    /**
     * The draft as the form shows it: a field the form hides for the chosen route (and so does not
     * submit) is not read, so a value left from an earlier round cannot block the draft.
     */
    public PipDraft draft(Form form) {
        return draft(form, false);
    }

    /**
     * The draft of a case under the Wet inburgering 2013 ({@code wi2013}) holds no route, niveau, taalaanbieder,
     * MAP or alfabetisering: the form hides them, and a value the model set before (the advice) is not read
     * (DOMAIN.md: Wi2013 cases have no Wi2021 leerroute).
     */
    public PipDraft draft(Form form, boolean wi2013) {
        if (wi2013) {
            return new PipDraft(null, null, null, null, null, null, null, false,
                    form.text(Field.PVT_PROVIDER), null,
                    form.text(Field.GUIDANCE_AGREEMENTS),
                    form.text(Field.PARTICIPATION_AGREEMENTS),
                    form.text(Field.ONTZORGEN_AGREEMENTS),
                    form.integer(Field.DURATION_MONTHS),
                    null,
                    null);
        }
        Leerroute route = route(form, Field.ROUTE);
        Leerroute advice = route(form, Field.ADVISED_ROUTE);
        boolean b1 = route == Leerroute.B1_ROUTE;
        return new PipDraft(
                route,
                advice,
                route != null && route != advice ? form.text(Field.DEVIATION_REASON) : null,
                b1 ? form.text(Field.NIVEAU) : null,
                form.text(Field.LANGUAGE_PROVIDER),
                b1 ? form.integer(Field.ESTIMATED_HOURS_B1) : null,
                form.text(Field.ALFABETISERING),
                form.checked(Field.MAY_FINISH_EDUCATION),
                form.text(Field.PVT_PROVIDER),
                route != Leerroute.ONDERWIJSROUTE ? form.text(Field.MAP_PROVIDER) : null,
                form.text(Field.GUIDANCE_AGREEMENTS),
                form.text(Field.PARTICIPATION_AGREEMENTS),
                form.text(Field.ONTZORGEN_AGREEMENTS),
                form.integer(Field.DURATION_MONTHS),
                null,
                null);
    }

    /**
     * A change of the PIP in force (schakel 4): another route, or B1 scaled to A2 on parts, with the reason;
     * what the form does not change is kept from the PIP in force.
     */
    public PipDraft change(Form form, Pip current) {
        return change(form, current, false);
    }

    /**
     * A change of a Wi2013 case's PIP ({@code wi2013}) keeps it without a route (DOMAIN.md: Wi2013 cases have no
     * Wi2021 leerroute): what it holds stays as in the PIP in force, with the reason of the change.
     */
    public PipDraft change(Form form, Pip current, boolean wi2013) {
        if (wi2013) {
            return new PipDraft(null, null, null, null, current.languageProvider(), null, current.alfabetisering(),
                    current.mayFinishEducation(), orUnknown(current.pvtProvider()), null,
                    orUnknown(current.guidanceAgreements()), orUnknown(current.participationAgreements()),
                    current.ontzorgenAgreements(), current.durationMonths() == null ? 36 : current.durationMonths(),
                    List.of(), form.text(Field.CHANGE_REASON));
        }
        Leerroute route = route(form, Field.NEW_ROUTE);
        boolean b1 = route == Leerroute.B1_ROUTE;
        String niveau = b1 ? form.text(Field.NIVEAU) : null;
        List<String> a2Parts = new ArrayList<>();
        if (b1 && "A2".equals(niveau)) {
            A2_CHECKBOXES.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .filter(box -> form.checked(box.getKey()))
                    .forEach(box -> a2Parts.add(box.getValue()));
        }
        String provider = form.text(Field.NEW_LANGUAGE_PROVIDER);
        String mapProvider = route == Leerroute.ONDERWIJSROUTE ? null
                : current.mapProvider() != null ? current.mapProvider() : form.text(Field.NEW_MAP_PROVIDER);
        return new PipDraft(route, null, null, niveau,
                // "leeg: ongewijzigd": the provider of the PIP in force, by its instellingsnummer; a PIP drafted before
                // providers were kept (text only) or taken over from another gemeente has none, so one must be chosen
                provider == null || provider.isBlank() ? current.languageProviderId() : provider,
                b1 ? current.estimatedHoursB1() : null,
                current.alfabetisering() == null ? "NVT" : current.alfabetisering(),
                current.mayFinishEducation(),
                orUnknown(current.pvtProvider()),
                mapProvider,
                orUnknown(current.guidanceAgreements()),
                orUnknown(current.participationAgreements()),
                current.ontzorgenAgreements(),
                current.durationMonths() == null ? 36 : current.durationMonths(),
                a2Parts,
                form.text(Field.CHANGE_REASON));
    }

    private static String orUnknown(String value) {
        return value == null ? NOT_KNOWN : value;
    }

    private static Leerroute route(Form form, Field field) {
        String value = form.text(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Leerroute.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(form.nameOf(field), "Onbekende leerroute '" + value + "'");
        }
    }
}
