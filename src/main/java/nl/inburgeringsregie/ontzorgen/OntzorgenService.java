package nl.inburgeringsregie.ontzorgen;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgeringsregie.shared.InvalidInputException;
import nl.inburgeringsregie.zaak.CaseFileService;
import nl.inburgeringsregie.zaak.FieldRules;
import nl.inburgeringsregie.zaak.IntegrationCase;
import nl.inburgeringsregie.zaak.Milestone;

/**
 * Financieel ontzorgen (Participatiewet art. 56a): for six months from the start of bijstand the
 * gemeente pays rent, energy, water and health insurance from the benefit, on the person's signed
 * authorisation. A local-policy exception needs a reason; the end records whether the person now
 * manages their own finances, and if not, the follow-up support.
 */
@Service
public class OntzorgenService {

    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(5000);
    private static final int MAX_TEXT = 2000;

    private final CaseFileService caseFile;
    private final JdbcClient jdbc;
    private final Clock clock;

    public OntzorgenService(CaseFileService caseFile, JdbcClient jdbc, Clock clock) {
        this.caseFile = caseFile;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the local-policy exception: no ontzorgen for this person, with the reason. */
    @Transactional
    public void skip(String caseNumber, String reason, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        String text = FieldRules.requiredText(reason, "ontzorgenUitzonderingReden", "Motiveer de uitzondering", MAX_TEXT);
        jdbc.sql("INSERT INTO ontzorgen (case_id, exception_reason, recorded_at) VALUES (?, ?, ?)")
                .params(aCase.id(), text, now()).update();
        caseFile.recordMilestone(caseNumber, Milestone.ONTZORGEN_SKIPPED, null, text, by);
    }

    /** Starts ontzorgen: bijstand start (the clock of six months counts from it) and the signed authorisation. */
    @Transactional
    public void start(String caseNumber, String bijstandStartText, String authorisationText, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        LocalDate bijstandStart = FieldRules.pastOrToday(bijstandStartText, "bijstandStartdatum",
                "de start van de bijstand", clock);
        LocalDate authorisation = FieldRules.pastOrToday(authorisationText, "machtigingDatum",
                "de ondertekende machtiging", clock);
        jdbc.sql("INSERT INTO ontzorgen (case_id, bijstand_start, authorisation_on, recorded_at) VALUES (?, ?, ?, ?)")
                .params(aCase.id(), bijstandStart, authorisation, now()).update();
        caseFile.recordMilestone(caseNumber, Milestone.BIJSTAND_STARTED, bijstandStart.toString(),
                "Machtiging ondertekend op " + authorisation, by);
    }

    /** Records the fixed costs paid in one month; registering a month again corrects it. */
    @Transactional
    public void registerPayment(String caseNumber, FixedCosts costs, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        YearMonth month = null;
        try {
            month = YearMonth.parse(costs.period() == null ? "" : costs.period());
        } catch (DateTimeParseException e) {
            errors.put("lastenPeriode", "Vul de maand in als jjjj-mm");
        }
        if (month != null && month.isAfter(YearMonth.now(clock))) {
            errors.put("lastenPeriode", "De maand mag niet in de toekomst liggen");
        }
        amount(errors, "huurBetaald", costs.rent());
        amount(errors, "energieBetaald", costs.energy());
        amount(errors, "waterBetaald", costs.water());
        amount(errors, "zorgverzekeringBetaald", costs.healthInsurance());
        if (costs.note() != null && costs.note().length() > MAX_TEXT) {
            errors.put("lastenToelichting", "Te lang: maximaal " + MAX_TEXT + " tekens");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        jdbc.sql("DELETE FROM fixed_cost_payment WHERE case_id = ? AND period = ?").params(aCase.id(), costs.period())
                .update();
        jdbc.sql("""
                INSERT INTO fixed_cost_payment (case_id, period, rent, energy, water, health_insurance, note,
                                                recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(aCase.id(), costs.period(), costs.rent(), costs.energy(), costs.water(), costs.healthInsurance(),
                        costs.note() == null || costs.note().isBlank() ? null : costs.note(), now(), by)
                .update();
    }

    /** Bijstand ended before the six months were over (not in the future): ontzorgen ends with it. */
    @Transactional
    public void bijstandEnded(String caseNumber, String endDateText, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        LocalDate ended = endDateText == null || endDateText.isBlank() ? LocalDate.now(clock)
                : FieldRules.pastOrToday(endDateText, "bijstandEinddatum", "het einde van de bijstand", clock);
        jdbc.sql("UPDATE ontzorgen SET bijstand_ended_on = ? WHERE case_id = ?").params(ended, aCase.id()).update();
        caseFile.recordMilestone(caseNumber, Milestone.BIJSTAND_ENDED, ended.toString(), null, by);
    }

    /** The closing talk: is the person financially self-reliant, and if not, which support follows. */
    @Transactional
    public void close(String caseNumber, String talkOnText, String selfReliant, String followUp, String note, String by) {
        IntegrationCase aCase = caseFile.caseOf(caseNumber);
        LocalDate talkOn = FieldRules.pastOrToday(talkOnText, "ontzorgenEindgesprekOp", "het eindgesprek", clock);
        if (!"ja".equals(selfReliant) && !"nee".equals(selfReliant)) {
            throw InvalidInputException.of("financieelZelfredzaam", "Kies of de inburgeraar zijn financiën zelf regelt");
        }
        FollowUpSupport support = null;
        if ("nee".equals(selfReliant)) {
            try {
                support = FollowUpSupport.valueOf(followUp == null ? "" : followUp);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("vervolgondersteuning", "Kies de vervolgondersteuning");
            }
        }
        if (note != null && note.length() > MAX_TEXT) {
            throw InvalidInputException.of("vervolgToelichting", "Te lang: maximaal " + MAX_TEXT + " tekens");
        }
        jdbc.sql("""
                UPDATE ontzorgen SET closing_talk_on = ?, self_reliant = ?, follow_up = ?, follow_up_note = ?
                WHERE case_id = ?""")
                .params(talkOn, "ja".equals(selfReliant), support == null ? null : support.name(),
                        note == null || note.isBlank() ? null : note, aCase.id())
                .update();
        caseFile.recordMilestone(caseNumber, Milestone.ONTZORGEN_ENDED, talkOn.toString(),
                "ja".equals(selfReliant) ? "Financieel zelfredzaam" : "Niet zelfredzaam; vervolg: " + support.name(), by);
    }


    private static void amount(Map<String, String> errors, String field, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0 || value.scale() > 2) {
            errors.put(field, "Vul een bedrag in van 0 tot en met 5000 euro, met hoogstens twee decimalen");
        }
    }


    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
