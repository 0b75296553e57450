package nl.inburgeringsregie.inburgeren;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseMilestones;
import nl.inburgeringsregie.zaak.FieldRules;
import nl.inburgeringsregie.zaak.Milestone;
import nl.inburgeringsregie.zaak.RecordedMilestone;

/**
 * The parts of schakel 4 that end with a date DUO must know: the eindgesprek MAP, the signing of the
 * participatieverklaring (at least 12 hours of PVT), the Z-route eindgesprek (only once MAP and PVT are
 * done, because its date goes to DUO stating they are met) and the onderwijsroute's taalschakeltraject.
 */
@Service
public class ModuleService {

    public static final int PVT_MINIMUM_HOURS = 12;
    static final int MAX_TEXT = 2000;
    static final Set<String> YES_NO = Set.of("ja", "nee");
    static final Set<String> EDUCATION_OUTFLOW = Set.of("MBO", "HBO", "WO", "GEEN");

    private final CaseFileService caseFile;
    private final CaseMilestones milestones;
    private final Clock clock;

    public ModuleService(CaseFileService caseFile, CaseMilestones milestones, Clock clock) {
        this.caseFile = caseFile;
        this.milestones = milestones;
        this.clock = clock;
    }

    /**
     * The eindgesprek MAP with whether a late MAP was the inburgeraar's fault (DUO asks, ResultaatMap). The answer is
     * checked against DUO's rule ({@link CulpabilityRule}, README lines 113-116): needed when the MAP is held after the
     * term (given here, or else the one recorded when the term passed, {@code culpablyLate} then carries it), refused as
     * "verwijtbaar" for a MAP held within the term.
     */
    @Transactional
    public LocalDate recordMap(String caseNumber, String dateText, String culpablyLate, boolean toDuo, String by) {
        LocalDate date = FieldRules.pastOrToday(dateText, "mapEindgesprekDatum", "het eindgesprek MAP", clock);
        if (toDuo) {
            notBeforeTerm(caseNumber, date, "mapEindgesprekDatum", "het eindgesprek MAP");
        }
        Boolean culpable = culpablyLate == null ? null
                : "ja".equals(yesNo(culpablyLate, "mapVerwijtbaarTeLaat", "Kies ja of nee"));
        LocalDate termEnd = caseFile.caseOf(caseNumber).termEndsOn();
        if (toDuo) {
            var errors = CulpabilityRule.violations("mapVerwijtbaarTeLaat", date, culpable, termEnd, LocalDate.now(clock));
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
        String note = CulpabilityRule.exceeded(date, termEnd, LocalDate.now(clock))
                ? "na de inburgeringstermijn; verwijtbaar te laat: " + (Boolean.TRUE.equals(culpable) ? "ja" : "nee")
                : "binnen de inburgeringstermijn";
        caseFile.recordMilestone(caseNumber, Milestone.MAP_FINISHED, date.toString(), note, by);
        return date;
    }

    /**
     * The term passed without the eindgesprek MAP: the consulent records whether that is the inburgeraar's fault, which
     * goes to DUO (DOMAIN.md: "the municipality tells DUO whether a late MAP is culpable"; README lines 113-116 through
     * {@link CulpabilityRule}). Recorded on the timeline; a MAP held later carries the same indication unless the
     * consulent gives another.
     *
     * @return true when culpable
     */
    @Transactional
    public boolean recordMapCulpability(String caseNumber, String culpableText, String by) {
        boolean culpable = "ja".equals(yesNo(culpableText, "mapVerwijtbaar",
                "Geef aan of het verwijtbaar is dat de MAP niet binnen de inburgeringstermijn is afgerond"));
        LocalDate today = LocalDate.now(clock);
        var errors = CulpabilityRule.violations("mapVerwijtbaar", null, culpable,
                caseFile.caseOf(caseNumber).termEndsOn(), today);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        caseFile.recordMilestone(caseNumber, Milestone.MAP_CULPABILITY, today.toString(),
                culpable ? "Verwijtbaar: ja" : "Verwijtbaar: nee", by);
        return culpable;
    }

    /** DUO's rule (README, MAP and PVT) for cases in DUO's exchange: the date may not lie before the start of the term. */
    private void notBeforeTerm(String caseNumber, LocalDate date, String field, String what) {
        LocalDate termStart = caseFile.caseOf(caseNumber).termStartsOn();
        if (termStart != null && date.isBefore(termStart)) {
            throw InvalidInputException.of(field, "De datum van " + what + " ligt vóór de start van de "
                    + "inburgeringstermijn (" + nl.inburgeringsregie.shared.DutchDate.format(termStart) + "); DUO registreert die niet");
        }
    }

    /** The signing of the participatieverklaring after at least 12 hours of PVT. */
    @Transactional
    public LocalDate recordPvt(String caseNumber, Number hours, String signedOnText, String culpablyLate,
            boolean toDuo, String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (hours == null || hours.doubleValue() < PVT_MINIMUM_HOURS || hours.doubleValue() > 999) {
            errors.put("pvtUren", "Het PVT duurt ten minste " + PVT_MINIMUM_HOURS + " uur: vul de gevolgde uren in");
        }
        LocalDate signedOn = null;
        try {
            signedOn = FieldRules.pastOrToday(signedOnText, "pvtOndertekendOp", "de ondertekening", clock);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (signedOn != null && toDuo) {
            try {
                notBeforeTerm(caseNumber, signedOn, "pvtOndertekendOp", "de ondertekening");
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        if (culpablyLate == null || !YES_NO.contains(culpablyLate)) {
            errors.put("pvtVerwijtbaarTeLaat", "Geef aan of het PVT verwijtbaar te laat is afgerond");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        caseFile.recordMilestone(caseNumber, Milestone.PVT_SIGNED, signedOn.toString(),
                hours.intValue() + " uur; verwijtbaar te laat: " + culpablyLate, by);
        return signedOn;
    }

    /**
     * The Z-route eindgesprek, held by the consulent with the inburgeraar using the provider's report. Its
     * date goes to DUO stating MAP and PVT are met, so both must be recorded first where they apply.
     */
    @Transactional
    public LocalDate recordZRouteEnd(String caseNumber, String dateText, String providerReport, boolean mapRequired,
            boolean pvtRequired, String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Milestone, RecordedMilestone> done = recorded(caseNumber);
        if (mapRequired && !done.containsKey(Milestone.MAP_FINISHED)) {
            errors.put("zrouteEindgesprekDatum", "Leg eerst het eindgesprek MAP vast: DUO krijgt de afronding van de "
                    + "Z-route samen met MAP en PVT");
        } else if (pvtRequired && !done.containsKey(Milestone.PVT_SIGNED)) {
            errors.put("zrouteEindgesprekDatum", "Leg eerst de ondertekening van de participatieverklaring vast: DUO "
                    + "krijgt de afronding van de Z-route samen met MAP en PVT");
        }
        LocalDate date = null;
        try {
            date = FieldRules.pastOrToday(dateText, "zrouteEindgesprekDatum", "het eindgesprek", clock);
        } catch (InvalidInputException e) {
            errors.putIfAbsent("zrouteEindgesprekDatum", e.fieldErrors().get("zrouteEindgesprekDatum"));
        }
        try {
            FieldRules.requiredText(providerReport, "zrouteVerslagAanbieder",
                    "Vat het verslag van de aanbieder samen", MAX_TEXT);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        caseFile.recordMilestone(caseNumber, Milestone.Z_ROUTE_FINISHED, date.toString(), null, by);
        return date;
    }

    @Transactional
    public void recordTaalschakelStart(String caseNumber, String dateText, String school, String by) {
        LocalDate date = FieldRules.pastOrToday(dateText, "taalschakelStartdatum", "de start", clock);
        String name = FieldRules.requiredText(school, "taalschakelOnderwijsinstelling",
                "Vul de onderwijsinstelling van het taalschakeltraject in", 200);
        caseFile.recordMilestone(caseNumber, Milestone.TAALSCHAKEL_STARTED, date.toString(), name, by);
    }

    /** The end of the taalschakeltraject and where it leads: MBO, HBO, WO or no further education. */
    @Transactional
    public void recordTaalschakelEnd(String caseNumber, String dateText, String outflow, String study, String by) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        try {
            date = FieldRules.pastOrToday(dateText, "taalschakelEinddatum", "de afronding", clock);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        RecordedMilestone start = recorded(caseNumber).get(Milestone.TAALSCHAKEL_STARTED);
        LocalDate started = start == null ? null : start.occurredOn();
        if (date != null && started != null && date.isBefore(started)) {
            errors.put("taalschakelEinddatum", "De afronding ligt vóór de start van het taalschakeltraject ("
                    + nl.inburgeringsregie.shared.DutchDate.format(started) + ")");
        }
        if (outflow == null || !EDUCATION_OUTFLOW.contains(outflow)) {
            errors.put("taalschakelUitstroom", "Kies de uitstroom: MBO, HBO, WO of geen vervolgopleiding");
        } else if (!"GEEN".equals(outflow) && (study == null || study.isBlank())) {
            errors.put("taalschakelOpleiding", "Vul de vervolgopleiding in");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String note = "GEEN".equals(outflow) ? "Geen vervolgopleiding" : outflow + ": " + study.strip();
        caseFile.recordMilestone(caseNumber, Milestone.TAALSCHAKEL_ENDED, date.toString(),
                note.length() > MAX_TEXT ? note.substring(0, MAX_TEXT) : note, by);
    }

    /** Whether the MAP eindgesprek is recorded for the case (then it is never asked again). */
    public boolean mapRecorded(String caseNumber) {
        return recorded(caseNumber).containsKey(Milestone.MAP_FINISHED);
    }

    /**
     * Whether the signing of the participatieverklaring is recorded for the case, here or (someone who moved here)
     * read from DUO: then the PVT is never asked again (DOMAIN.md: "what DUO already holds (MAP, PVT, hours, exams) is
     * read, not asked again").
     */
    public boolean pvtRecorded(String caseNumber) {
        return recorded(caseNumber).containsKey(Milestone.PVT_SIGNED);
    }

    private Map<Milestone, RecordedMilestone> recorded(String caseNumber) {
        Map<Milestone, RecordedMilestone> byMilestone = new java.util.EnumMap<>(Milestone.class);
        milestones.of(caseFile.caseOf(caseNumber).id()).forEach(m -> byMilestone.put(m.milestone(), m));
        return byMilestone;
    }

    private static String yesNo(String value, String field, String message) {
        if (value == null || !YES_NO.contains(value)) {
            throw InvalidInputException.of(field, message);
        }
        return value;
    }
}
