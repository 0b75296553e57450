package nl.inburgeringsregie.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.inburgeringsregie.aanmelding.AanmeldingRequest;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Opleidingsniveau;

/** Valid aanmeldingen to start from; tests change one thing at a time. */
public final class Aanmeldingen {

    public static final String HOORN = "GM0405";

    private Aanmeldingen() {
    }

    public static AanmeldingRequest asielmigrant(String bsn) {
        return of(bsn, Doelgroep.ASIELMIGRANT);
    }

    public static AanmeldingRequest of(String bsn, Doelgroep doelgroep) {
        return of(bsn, doelgroep, HOORN);
    }

    public static AanmeldingRequest of(String bsn, Doelgroep doelgroep, String gemeente) {
        LocalDate today = TestDates.today();
        boolean coupled = doelgroep.isCoupledByCoa();
        LocalDate koppeldatum = !coupled ? null
                : doelgroep == Doelgroep.ASIELMIGRANT_OVERGANG ? LocalDate.of(2021, 11, 15) : today.minusDays(14);
        return new AanmeldingRequest("Amina", "Testpersoon", bsn, today.minusYears(30), "SYR", doelgroep, gemeente,
                null, "Arabisch", true, Opleidingsniveau.MBO, koppeldatum, coupled ? "AZC Alkmaar" : null, null, null);
    }

    /** The same person with another BSN and household reference (a persona registered again in a test). */
    public static AanmeldingRequest withIdentity(AanmeldingRequest r, String bsn, String household) {
        return copy(r, bsn, household, r.koppeldatum(), r.azc(), r.nareiziger(), r.pipVorigeGemeente());
    }

    /** A family member arriving later (nareiziger) to the household given: no COA coupling, no AZC. */
    public static AanmeldingRequest nareiziger(String bsn, Doelgroep doelgroep, String household, String gemeente) {
        return copy(of(bsn, doelgroep, gemeente), bsn, household, null, null, true, null);
    }

    /** Someone who settles here with the PIP of the previous gemeente (DUO's SS121). */
    public static AanmeldingRequest movedInWithPip(String bsn, AanmeldingRequest.PipVorigeGemeente pip) {
        return copy(asielmigrant(bsn), bsn, null, null, null, null, pip);
    }

    /** A statushouder who moved here from another gemeente without a PIP (DUO's SS120): no COA coupling here, no AZC. */
    public static AanmeldingRequest movedIn(String bsn) {
        return copy(asielmigrant(bsn), bsn, null, null, null, null, null);
    }

    private static AanmeldingRequest copy(AanmeldingRequest r, String bsn, String household, LocalDate koppeldatum,
            String azc, Boolean nareiziger, AanmeldingRequest.PipVorigeGemeente pip) {
        return new AanmeldingRequest(r.voornamen(), r.achternaam(), bsn, r.geboortedatum(), r.nationaliteit(),
                r.doelgroep(), r.gemeente(), household, r.taal(), r.tolkNodig(), r.opleidingsniveau(), koppeldatum, azc,
                nareiziger, pip);
    }

    /** The JSON body of a valid aanmelding, as a map that tests can change. */
    public static Map<String, Object> json(String bsn) {
        LocalDate today = TestDates.today();
        var body = new LinkedHashMap<String, Object>();
        body.put("voornamen", "Amina");
        body.put("achternaam", "Testpersoon");
        body.put("bsn", bsn);
        body.put("geboortedatum", today.minusYears(30).toString());
        body.put("nationaliteit", "SYR");
        body.put("doelgroep", "ASIELMIGRANT");
        body.put("gemeente", HOORN);
        body.put("huishoudenReferentie", "COA-HH-" + bsn);
        body.put("taal", "Arabisch");
        body.put("tolkNodig", true);
        body.put("opleidingsniveau", "MBO");
        body.put("koppeldatum", today.minusDays(14).toString());
        body.put("azc", "AZC Alkmaar");
        return body;
    }
}
