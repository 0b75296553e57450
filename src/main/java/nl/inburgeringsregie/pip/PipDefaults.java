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

    /** Reads a submitted form field by name. */
    public interface Form {
        String text(String field);

        /** A whole number; the reader refuses what is none. */
        Integer integer(String field);

        boolean checked(String field);
    }

    /** A PIP taken over from another gemeente does not carry these; the change says so instead of inventing. */
    static final String NOT_KNOWN = "Niet bekend (PIP van de vorige gemeente)";

    /** The parts a B1-route may scale to A2 on a change, by the form's checkbox. */
    private static final Map<String, String> A2_CHECKBOXES = Map.of(
            "a2Lezen", "LE", "a2Luisteren", "LU", "a2Schrijven", "SC", "a2Spreken", "SP");

    /**
     * The draft as the form shows it: a field the form hides for the chosen route (and so does not
     * submit) is not read, so a value left from an earlier round cannot block the draft.
     */
    public PipDraft draft(Form form) {
        Leerroute route = route(form, "leerroute");
        Leerroute advice = route(form, "adviesLeerroute");
        boolean b1 = route == Leerroute.B1_ROUTE;
        return new PipDraft(
                route,
                advice,
                route != null && route != advice ? form.text("afwijkingReden") : null,
                b1 ? form.text("niveau") : null,
                form.text("taalaanbieder"),
                b1 ? form.integer("geschatteIntensiteitB1") : null,
                form.text("alfabetisering"),
                form.checked("magOpleidingAfmaken"),
                form.text("pvtAanbieder"),
                route != Leerroute.ONDERWIJSROUTE ? form.text("mapAanbieder") : null,
                form.text("begeleidingAfspraken"),
                form.text("participatieAfspraken"),
                form.text("ontzorgenAfspraken"),
                form.integer("duurMaanden"),
                null,
                null);
    }

    /**
     * A change of the PIP in force (schakel 4): another route, or B1 scaled to A2 on parts, with the reason;
     * what the form does not change is kept from the PIP in force.
     */
    public PipDraft change(Form form, Pip current) {
        Leerroute route = route(form, "nieuweLeerroute");
        boolean b1 = route == Leerroute.B1_ROUTE;
        String niveau = b1 ? form.text("niveau") : null;
        List<String> a2Parts = new ArrayList<>();
        if (b1 && "A2".equals(niveau)) {
            A2_CHECKBOXES.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .filter(box -> form.checked(box.getKey()))
                    .forEach(box -> a2Parts.add(box.getValue()));
        }
        String provider = form.text("nieuweTaalaanbieder");
        String mapProvider = route == Leerroute.ONDERWIJSROUTE ? null
                : current.mapProvider() != null ? current.mapProvider() : form.text("nieuweMapAanbieder");
        return new PipDraft(route, null, null, niveau,
                provider == null || provider.isBlank() ? orUnknown(current.languageProvider()) : provider,
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
                form.text("wijzigingReden"));
    }

    private static String orUnknown(String value) {
        return value == null ? NOT_KNOWN : value;
    }

    private static Leerroute route(Form form, String field) {
        String value = form.text(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Leerroute.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "Onbekende leerroute '" + value + "'");
        }
    }
}
