package nl.inburgeringsregie.pip;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.CaseMilestones;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.FieldRules;
import nl.inburgeringsregie.zaak.FollowedHoursService;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.LeerrouteAndTermService;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * The PIP: the consulent drafts it, a coordinator other than the drafter approves it (four eyes) or
 * sends it back with remarks. Approval gives the PIP its dagtekening; the first approved PIP starts the
 * three-year inburgeringstermijn on the day after its dagtekening (Wet inburgering 2021, art. 11).
 */
@Service
public class PipService {

    /** The inburgeringstermijn (Wet inburgering 2021, art. 11): three years. */

    /** The route shown for a Wi2013 PIP, which has none (DOMAIN.md). */
    public static final String NO_ROUTE = "Geen leerroute (Wi2013)";

    private final CaseFileService caseFile;
    private final LeerrouteAndTermService leerrouteAndTerm;
    private final CaseMilestones milestones;
    private final PipRepository pips;
    private final FollowedHoursService hours;
    private final LanguageProviders providers;
    private final Clock clock;

    public PipService(CaseFileService caseFile, LeerrouteAndTermService leerrouteAndTerm, CaseMilestones milestones,
            PipRepository pips, FollowedHoursService hours, LanguageProviders providers, Clock clock) {
        this.hours = hours;
        this.providers = providers;
        this.caseFile = caseFile;
        this.leerrouteAndTerm = leerrouteAndTerm;
        this.milestones = milestones;
        this.pips = pips;
        this.clock = clock;
    }

    /** Stores a draft as a new version waiting for review, after checking every rule. */
    @Transactional
    public Pip draft(String caseNumber, PipDraft draft, String draftedBy) {
        return draft(caseNumber, draft, draftedBy, "taalaanbieder", null, null, null);
    }

    /**
     * As {@link #draft(String, PipDraft, String)}; {@code providerField} is the form's field of the taalaanbieder
     * ("taalaanbieder" in "PIP opstellen", "nieuweTaalaanbieder" in "PIP wijzigen"). Under the Wet inburgering 2021 the
     * draft's taalaanbieder is DUO's instellingsnummer of a provider the gemeente contracts for the chosen route and DUO
     * recognises for it ({@link LanguageProviders#refusal}, README R:97); stored with its name in words.
     */
    /**
     * An asielmigrant's PIP under the Wet inburgering 2021 also holds the Inburgeringsaanbod's dates
     * ({@code offerDate}, {@code courseStart}, {@code courseEnd} as the form gives them), checked by DUO's rules
     * ({@link OfferRules}); for anyone else they are not read (README R:94: "Het inburgeringsaanbod is voor een
     * asielmigrant").
     */
    @Transactional
    public Pip draft(String caseNumber, PipDraft draft, String draftedBy, String providerField, String offerDate,
            String courseStart, String courseEnd) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Map<String, String> errors = new java.util.LinkedHashMap<>(PipRules.violations(draft,
                !pips.anyApproved(aCase.id()), aCase.doelgroep(), hours.languageHours(aCase.id())));
        OfferDates offer = null;
        if (hasOffer(aCase) && draft.leerroute() != null) {
            Pip inForce = pips.findInForce(aCase.id()).orElse(null);
            LocalDate previousCourseEnd = inForce == null || inForce.offerCourseEnd() == null
                    || java.util.Objects.equals(inForce.languageProviderId(), draft.languageProvider())
                    ? null : inForce.offerCourseEnd();
            boolean blank = PipRules.isBlank(offerDate) && PipRules.isBlank(courseStart) && PipRules.isBlank(courseEnd);
            if (blank && inForce != null && inForce.offer().isPresent()
                    && java.util.Objects.equals(inForce.languageProviderId(), draft.languageProvider())) {
                // "PIP wijzigen", dates left empty: the aanbod of the PIP in force stays as DUO has it
                offer = inForce.offer().get();
            } else {
                offer = OfferRules.checked(new OfferRules.Input(offerDate, courseStart, courseEnd), draft.leerroute(),
                        new OfferRules.Bounds(inForce == null ? null : inForce.dagtekening(), aCase.termStartsOn(),
                                aCase.termEndsOn(), previousCourseEnd), errors);
            }
        }
        String providerId = null;
        String providerName = draft.languageProvider();
        if (!aCase.doelgroep().isWi2013() && draft.leerroute() != null) {
            providerId = PipRules.isBlank(draft.languageProvider()) ? null : draft.languageProvider().strip();
            String missing = errors.remove("taalaanbieder");
            if (missing != null) {
                errors.put(providerField, providerField.equals("taalaanbieder") ? "Kies de taalaanbieder"
                        : "Kies de taalaanbieder: het geldende PIP noemt er geen van de lijst van aanbieders");
            } else {
                providers.refusal(aCase.gemeenteCode(), providerId, draft.leerroute())
                        .ifPresent(reason -> errors.put(providerField, reason));
            }
            providerName = providerId == null ? null : providers.name(providerId).orElse(providerId);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        pips.insert(aCase.id(), pips.nextVersion(aCase.id()), draft, PipRules.effectiveNiveau(draft), providerId,
                providerName, offer, draftedBy, OffsetDateTime.now(clock));
        return pips.findLatest(aCase.id()).orElseThrow();
    }

    /**
     * Whether the case's PIP carries an Inburgeringsaanbod: an asielmigrant under the Wet inburgering 2021 (README R:94;
     * Wet inburgering 2021 art. 16, the gemeente's offer to asielmigranten; a Wi2013 PIP has no route).
     */
    public static boolean hasOffer(IntegrationCase aCase) {
        return aCase.doelgroep().isAsielmigrant() && !aCase.doelgroep().isWi2013();
    }

    /** The taalaanbieders the case's gemeente may name in a PIP (form "PIP opstellen", "PIP wijzigen"). */
    public List<LanguageProviders.Choice> providerChoices(String caseNumber) {
        return providers.choices(caseFile.caseOf(caseNumber).gemeenteCode());
    }

    /**
     * Takes over the PIP of the previous gemeente when the person settles here with it (DUO's SS121): it
     * is in force as it was, and the term it started runs on (extended, when DUO extended it).
     */
    @Transactional
    public Pip takeOver(String caseNumber, String previousGemeente, LocalDate dagtekening, Leerroute leerroute,
            String niveau, LocalDate extendedTermEnd) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        if (pips.anyApproved(aCase.id())) {
            throw new IllegalStateException("Case " + caseNumber + " has a PIP already");
        }
        String level = leerroute == Leerroute.Z_ROUTE ? null : niveau == null ? "B1" : niveau;
        pips.insertTakenOver(aCase.id(), previousGemeente, dagtekening, leerroute, level, OffsetDateTime.now(clock));
        leerrouteAndTerm.recordLeerroute(aCase.id(), leerroute.name());
        LocalDate termStart = dagtekening.plusDays(1);
        LocalDate termEnd = termStart.plusYears(CaseFileService.TERM_YEARS).minusDays(1);
        leerrouteAndTerm.takeOverTerm(aCase.id(), termStart,
                extendedTermEnd != null && extendedTermEnd.isAfter(termEnd) ? extendedTermEnd : termEnd);
        String note = leerroute.label() + ", PIP van " + previousGemeente;
        caseFile.recordMilestone(caseNumber, Milestone.PIP_ISSUED, dagtekening.toString(), note, null);
        caseFile.recordMilestone(caseNumber, Milestone.TERM_STARTED, termStart.toString(), null, null);
        caseFile.recordMilestone(caseNumber, Milestone.MOVED_IN_WITH_PIP, LocalDate.now(clock).toString(), note, null);
        if (extendedTermEnd != null && extendedTermEnd.isAfter(termEnd)) {
            caseFile.recordMilestone(caseNumber, Milestone.TERM_EXTENDED, extendedTermEnd.toString(), "Bij DUO bekend", null);
        }
        return pips.findLatest(aCase.id()).orElseThrow();
    }

    /**
     * The four-eyes review of "PIP beoordelen": {@code GOEDKEUREN} approves the draft with its dagtekening,
     * {@code TERUGSTUREN} sends it back with the remarks; anything else is refused.
     *
     * @return the approved PIP, or empty when it was sent back
     */
    public Optional<Pip> review(String caseNumber, String decision, String dagtekeningText, String remarks,
            String reviewer) {
        if ("GOEDKEUREN".equals(decision)) {
            return Optional.of(approve(caseNumber, dagtekeningText, reviewer));
        }
        if ("TERUGSTUREN".equals(decision)) {
            sendBack(caseNumber, remarks, reviewer);
            return Optional.empty();
        }
        throw InvalidInputException.of("pipBesluit", "Kies: goedkeuren of terugsturen");
    }

    /** Approves the draft waiting for review, with its dagtekening. */
    @Transactional
    public Pip approve(String caseNumber, String dagtekeningText, String reviewer) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Pip concept = conceptToReview(aCase, reviewer);
        boolean first = !pips.anyApproved(aCase.id());
        LocalDate dagtekening = checkedDagtekening(aCase, dagtekeningText);
        Pip inForce = pips.findInForce(aCase.id()).orElse(null);
        boolean keptOffer = inForce != null && inForce.offer().equals(concept.offer())
                && java.util.Objects.equals(inForce.languageProviderId(), concept.languageProviderId());
        OfferRules.atApproval(keptOffer ? null : concept.offer().orElse(null), concept.leerroute(), dagtekening,
                first ? null : aCase.termStartsOn(), first ? null : aCase.termEndsOn()).ifPresent(message -> {
                    throw InvalidInputException.of("pipDagtekening", message);
                });
        pips.review(concept.id(), PipStatus.VASTGESTELD, reviewer, OffsetDateTime.now(clock), null, dagtekening);
        // a Wi2013 case has no Wi2021 leerroute and no Wi2021 term (DOMAIN.md: "Wi2013 cases (ondertussengroep,
        // asielmigrant coupled before 2022) have no Wi2021 leerroute, term or bestuurlijke boete"); its term
        // is DUO's under the Wi2013 (the ondertussengroep records it at "Eerder gevolgde onderdelen")
        boolean wi2013 = aCase.doelgroep().isWi2013();
        if (!wi2013) {
            leerrouteAndTerm.recordLeerroute(aCase.id(), concept.leerroute().name());
        }
        if (first) {
            caseFile.recordMilestone(caseNumber, Milestone.PIP_ISSUED, dagtekening.toString(),
                    routeLabel(concept) + ", versie " + concept.version(), reviewer);
            if (!wi2013) {
                // Wet inburgering 2021 art. 11: the term starts the day after the first PIP's dagtekening
                caseFile.startTerm(caseNumber, dagtekening.plusDays(1).toString(), null, reviewer);
            }
        }
        return pips.findLatest(aCase.id()).orElseThrow();
    }

    /** Sends the draft back to the consulent with the coordinator's remarks. */
    @Transactional
    public Pip sendBack(String caseNumber, String remarks, String reviewer) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Pip concept = conceptToReview(aCase, reviewer);
        if (remarks == null || remarks.isBlank()) {
            throw InvalidInputException.of("pipOpmerkingen", "Schrijf op wat de consulent moet aanpassen");
        }
        if (remarks.length() > PipRules.MAX_TEXT) {
            throw InvalidInputException.of("pipOpmerkingen", "Te lang: maximaal " + PipRules.MAX_TEXT + " tekens");
        }
        pips.review(concept.id(), PipStatus.TERUGGESTUURD, reviewer, OffsetDateTime.now(clock), remarks, null);
        return pips.findLatest(aCase.id()).orElseThrow();
    }

    /** Whether the case falls under the Wet inburgering 2013: its PIP has no Wi2021 leerroute ({@link Doelgroep#isWi2013}). */
    public boolean isWi2013(String caseNumber) {
        return caseFile.caseOf(caseNumber).doelgroep().isWi2013();
    }

    /** What users see of a PIP's route: its name, or that a Wi2013 PIP has none. */
    public static String routeLabel(Pip pip) {
        return pip.leerroute() == null ? NO_ROUTE : pip.leerroute().label();
    }

    public Optional<Pip> inForce(String caseNumber) {
        return pips.findInForce(caseFile.caseOf(caseNumber).id());
    }

    public List<Pip> versions(String caseNumber) {
        return pips.findByCase(caseFile.caseOf(caseNumber).id());
    }

    private Pip conceptToReview(IntegrationCase aCase, String reviewer) {
        Pip latest = pips.findLatest(aCase.id()).filter(pip -> pip.status() == PipStatus.CONCEPT)
                .orElseThrow(() -> InvalidInputException.of("pipBesluit", "Er is geen PIP dat op beoordeling wacht"));
        if (reviewer == null) {
            throw InvalidInputException.of("pipBesluit", "Vier ogen: meld u aan om het PIP te beoordelen");
        }
        if (reviewer.equals(latest.draftedBy())) {
            throw InvalidInputException.of("pipBesluit",
                    "Vier ogen: u heeft dit PIP zelf opgesteld; een andere coördinator moet het beoordelen");
        }
        return latest;
    }

    private LocalDate checkedDagtekening(IntegrationCase aCase, String dagtekeningText) {
        if (dagtekeningText == null || dagtekeningText.isBlank()) {
            throw InvalidInputException.of("pipDagtekening", "Vul de dagtekening van het PIP in");
        }
        LocalDate dagtekening;
        try {
            dagtekening = FieldRules.parsedDate(dagtekeningText, "dagtekening PIP");
        } catch (InvalidInputException e) {
            throw InvalidInputException.of("pipDagtekening", e.getMessage());
        }
        var bounds = new DagtekeningRules.Bounds(
                milestones.dateOf(aCase.id(), Milestone.OBLIGATION_STARTED).orElse(null),
                milestones.dateOf(aCase.id(), Milestone.BRP_REGISTERED).orElse(null),
                pips.findInForce(aCase.id()).map(Pip::dagtekening).orElse(null));
        DagtekeningRules.violation(dagtekening, LocalDate.now(clock), bounds).ifPresent(message -> {
            throw InvalidInputException.of("pipDagtekening", message);
        });
        return dagtekening;
    }
}
