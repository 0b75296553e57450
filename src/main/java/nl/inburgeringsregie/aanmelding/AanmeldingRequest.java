package nl.inburgeringsregie.aanmelding;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.validation.NotBefore;
import nl.inburgeringsregie.shared.validation.PlainText;
import nl.inburgeringsregie.shared.validation.PlausibleDates;
import nl.inburgeringsregie.zaak.Doelgroep;
import nl.inburgeringsregie.zaak.Opleidingsniveau;

/**
 * An aanmelding: the COA coupling of a statushouder to a gemeente (TVS profile), or the registration
 * of another inburgeringsplichtige by the gemeente itself. Field names are the API's (Dutch).
 */
public record AanmeldingRequest(
        @NotBlank(message = "Vul de voornamen in")
        @Size(max = 200, message = "Voornamen mogen hoogstens 200 tekens zijn")
        @PlainText
        String voornamen,

        @NotBlank(message = "Vul de achternaam in")
        @Size(max = 200, message = "De achternaam mag hoogstens 200 tekens zijn")
        @PlainText
        String achternaam,

        @NotBlank(message = "Vul het BSN in")
        @Bsn
        String bsn,

        @NotNull(message = "Vul de geboortedatum in")
        @PastOrPresent(message = "De geboortedatum mag niet in de toekomst liggen")
        @NotBefore(value = PlausibleDates.EARLIEST_BIRTH_DATE, message = "De geboortedatum ligt vóór 1900; controleer de datum")
        LocalDate geboortedatum,

        @NotBlank(message = "Vul de nationaliteit in (landcode ISO 3166, drie letters, bijvoorbeeld SYR)")
        @Pattern(regexp = "[A-Z]{3}", message = "De nationaliteit is een landcode van drie hoofdletters (ISO 3166), bijvoorbeeld SYR")
        String nationaliteit,

        @NotNull(message = "Kies de doelgroep: ASIELMIGRANT, ASIELMIGRANT_OVERGANG, ONDERTUSSENGROEP, GEZINSMIGRANT of OVERIGE_MIGRANT")
        Doelgroep doelgroep,

        @NotBlank(message = "Vul de gemeente in (CBS-code, bijvoorbeeld GM0405)")
        @Pattern(regexp = "GM\\d{4}", message = "De gemeente is een CBS-code: GM gevolgd door vier cijfers, bijvoorbeeld GM0405")
        String gemeente,

        @Size(max = 40, message = "De huishoudreferentie mag hoogstens 40 tekens zijn")
        @Pattern(regexp = "[A-Za-z0-9._-]+", message = "De huishoudreferentie bevat alleen letters, cijfers, punt, streepje of liggend streepje")
        String huishoudenReferentie,

        @NotBlank(message = "Vul de voorkeurstaal in")
        @Size(max = 60, message = "De voorkeurstaal mag hoogstens 60 tekens zijn")
        @PlainText
        String taal,

        @NotNull(message = "Geef aan of een tolk nodig is (true of false)")
        Boolean tolkNodig,

        @NotNull(message = "Kies het opleidingsniveau: GEEN, BASISONDERWIJS, VOORTGEZET_ONDERWIJS, MBO, HBO, WO of ONBEKEND")
        Opleidingsniveau opleidingsniveau,

        @PastOrPresent(message = "De koppeldatum mag niet in de toekomst liggen")
        LocalDate koppeldatum,

        @Size(max = 100, message = "De naam van het AZC mag hoogstens 100 tekens zijn")
        @PlainText
        String azc,

        /** A family member who arrives later (nareiziger): joins the household given by huishoudenReferentie. */
        Boolean nareiziger,

        /** DUO's SS121: the person settles here with a PIP of the previous gemeente, which the case keeps. */
        @Valid
        PipVorigeGemeente pipVorigeGemeente,

        /**
         * The first day of the obligation (the IND decision; DUO's inburgeringsplicht.begindatum), optional. When
         * given it, not the koppeldatum, decides the law (DOMAIN.md: "Wi2021 applies to people who became obliged
         * on or after 2022-01-01 (the date the IND granted residence, not the housing date)").
         */
        @PastOrPresent(message = "De begindatum van de inburgeringsplicht mag niet in de toekomst liggen")
        @NotBefore(value = PlausibleDates.EARLIEST_BIRTH_DATE,
                message = "De begindatum van de inburgeringsplicht ligt vóór 1900; controleer de datum")
        LocalDate inburgeringsplichtBegindatum) {

    /** An aanmelding without the start of the obligation: the law follows the koppeldatum or the doelgroep. */
    public AanmeldingRequest(String voornamen, String achternaam, String bsn, LocalDate geboortedatum,
            String nationaliteit, Doelgroep doelgroep, String gemeente, String huishoudenReferentie, String taal,
            Boolean tolkNodig, Opleidingsniveau opleidingsniveau, LocalDate koppeldatum, String azc,
            Boolean nareiziger, PipVorigeGemeente pipVorigeGemeente) {
        this(voornamen, achternaam, bsn, geboortedatum, nationaliteit, doelgroep, gemeente, huishoudenReferentie, taal,
                tolkNodig, opleidingsniveau, koppeldatum, azc, nareiziger, pipVorigeGemeente, null);
    }

    public boolean isNareiziger() {
        return Boolean.TRUE.equals(nareiziger);
    }

    /** The PIP of the previous gemeente as DUO registered it (PIP API); the term it started stays. */
    public record PipVorigeGemeente(
            @NotBlank(message = "Vul de vorige gemeente in (CBS-code, bijvoorbeeld GM0363)")
            @Pattern(regexp = "GM\\d{4}", message = "De vorige gemeente is een CBS-code: GM gevolgd door vier cijfers")
            String gemeente,

            @NotNull(message = "Vul de dagtekening van het PIP van de vorige gemeente in")
            @PastOrPresent(message = "De dagtekening van het PIP mag niet in de toekomst liggen")
            @NotBefore(value = PlausibleDates.WI2021_START,
                    message = "Een PIP bestaat pas sinds de Wet inburgering 2021: de dagtekening ligt niet vóór 1 januari 2022")
            LocalDate dagtekening,

            @NotNull(message = "Kies de leerroute van het PIP: B1_ROUTE, ONDERWIJSROUTE of Z_ROUTE")
            Leerroute leerroute,

            @Pattern(regexp = "B1|A2", message = "Het niveau is B1 of A2")
            String niveau,

            /** The last day of the term when DUO extended it; empty means three years from the first PIP. */
            LocalDate termijnEinde) {
    }
}
