package nl.inburgeringsregie.aanbieder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgeringsregie.duo.DuoRejectedException;
import nl.inburgeringsregie.duo.DuoUnavailableException;
import nl.inburgeringsregie.gemeente.Gemeente;
import nl.inburgeringsregie.gemeente.GemeenteService;
import nl.inburgeringsregie.pip.Leerroute;
import nl.inburgeringsregie.shared.ApiUser;
import nl.inburgeringsregie.shared.InvalidInputException;

/**
 * The providers for the gemeenten (issue 20, point 1; security: the /api chain): {@code GET /api/aanbieders} for
 * consulenten and coordinatoren, with the contracts of their own gemeenten only; {@code POST
 * /api/aanbieders/synchroniseren} and {@code PUT /api/aanbieders/{instellingsnummer}/contracten} for coordinatoren.
 * The same under {@code /api/regie/aanbieders} for the coordinators' page {@code /regie/aanbieders}, which calls with its
 * login session (the /regie chain, coordinatoren only).
 */
@RestController
@RequestMapping({"/api/aanbieders", "/api/regie/aanbieders"})
class ProviderController {

    private final ProviderService service;
    private final ProviderSync sync;
    private final GemeenteService gemeenten;

    ProviderController(ProviderService service, ProviderSync sync, GemeenteService gemeenten) {
        this.service = service;
        this.sync = sync;
        this.gemeenten = gemeenten;
    }

    record Contract(String gemeente, String gemeenteNaam, Leerroute leerroute, String leerrouteOmschrijving,
            LocalDate geldigVanaf, LocalDate geldigTot) {
    }

    record Aanbieder(String instellingsnummer, String naam, String plaats, String bowNummer, String brin,
            boolean bowKeurmerk, boolean tstKeurmerk, String erkenning, boolean opLijstVanDuo, String status,
            OffsetDateTime laatstOpLijstVanDuo, String toegevoegdDoor, String opmerkingen, List<Contract> contracten) {
    }

    /** The routes the gemeente contracts the provider for; an empty list ends every contract. */
    record Contracten(String gemeente, List<Leerroute> leerroutes) {
    }

    /**
     * All providers with the contracts of the user's gemeenten; with {@code gemeente} or {@code leerroute}, only the
     * providers contracted there (for that route).
     */
    @GetMapping
    List<Aanbieder> list(@AuthenticationPrincipal ApiUser user, @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) Leerroute leerroute) {
        Set<String> scope = user.gemeenten();
        if (gemeente != null) {
            ownGemeente(user, gemeente);
            scope = Set.of(gemeente);
        }
        var names = names();
        return service.list(scope, leerroute, gemeente != null || leerroute != null).stream()
                .map(item -> view(item, names)).toList();
    }

    @PostMapping("/synchroniseren")
    ProviderSync.Result synchronise(@AuthenticationPrincipal ApiUser user) {
        var gemeente = sync.firstWithOin(user.gemeenten()).orElseThrow(() -> InvalidInputException.of("gemeente",
                "Geen van uw gemeenten heeft een OIN; zonder OIN kan de lijst niet bij DUO worden opgevraagd."));
        return sync.synchronise(gemeente);
    }

    @PutMapping("/{instellingsnummer}/contracten")
    Aanbieder setContracts(@AuthenticationPrincipal ApiUser user, @PathVariable String instellingsnummer,
            @RequestBody Contracten body) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (body.gemeente() == null || body.gemeente().isBlank()) {
            errors.put("gemeente", "Vul de gemeente in waarvoor het contract geldt.");
        } else if (!user.gemeenten().contains(body.gemeente())) {
            errors.put("gemeente", "Gemeente " + body.gemeente() + " is niet een van uw gemeenten.");
        }
        if (body.leerroutes() == null) {
            errors.put("leerroutes", "Vul de leerroutes in waarvoor de gemeente deze aanbieder contracteert"
                    + " (een lege lijst beëindigt alle contracten).");
        } else if (body.leerroutes().contains(null)) {
            errors.put("leerroutes", "Een leerroute is leeg; kies B1_ROUTE, ONDERWIJSROUTE of Z_ROUTE.");
        } else if (body.leerroutes().size() != Set.copyOf(body.leerroutes()).size()) {
            errors.put("leerroutes", "Elke leerroute mag maar één keer voorkomen.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return view(service.setContracts(instellingsnummer, body.gemeente(), body.leerroutes(), user.id()), names());
    }

    @ExceptionHandler(ProviderNotFoundException.class)
    ProblemDetail notFound(ProviderNotFoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Aanbieder niet gevonden");
        return problem;
    }

    /** Another instance stored the same new institution at the same moment: nothing of this run was written. */
    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail concurrent(DuplicateKeyException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "De lijst werd op hetzelfde moment al bijgewerkt; er is niets gewijzigd. Probeer het zo nodig opnieuw.");
        problem.setTitle("Tegelijk bijgewerkt");
        return problem;
    }

    @ExceptionHandler(DuoUnavailableException.class)
    ProblemDetail duoUnavailable(DuoUnavailableException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "DUO is nu niet bereikbaar; de lijst is niet bijgewerkt. Probeer het later opnieuw.");
        problem.setTitle("DUO niet bereikbaar");
        return problem;
    }

    @ExceptionHandler(DuoRejectedException.class)
    ProblemDetail duoRejected(DuoRejectedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "De lijst is niet bijgewerkt: " + e.getMessage());
        problem.setTitle("DUO weigerde het verzoek");
        return problem;
    }

    private static void ownGemeente(ApiUser user, String gemeente) {
        if (!user.gemeenten().contains(gemeente)) {
            throw InvalidInputException.of("gemeente", "Gemeente " + gemeente + " is niet een van uw gemeenten.");
        }
    }

    private Map<String, String> names() {
        return gemeenten.findAll().stream().collect(Collectors.toMap(Gemeente::code, Gemeente::name,
                (first, second) -> first));
    }

    private static Aanbieder view(ProviderService.WithContracts item, Map<String, String> names) {
        Provider provider = item.provider();
        return new Aanbieder(provider.instellingsnummer(), provider.name(), provider.place(), provider.bowNumber(),
                provider.brin(), provider.bowKeurmerk(), provider.tstKeurmerk(), recognition(provider),
                provider.listedByDuo(), provider.listedByDuo() ? "Op de lijst van erkende instellingen van DUO"
                        : "Niet meer op de lijst van erkende instellingen van DUO",
                provider.lastSeenAt(), provider.addedBy(), provider.remarks(),
                item.contracts().stream().map(contract -> new Contract(contract.gemeenteCode(),
                        names.getOrDefault(contract.gemeenteCode(), contract.gemeenteCode()), contract.leerroute(),
                        contract.leerroute().label(), contract.validFrom(), contract.validTo())).toList());
    }

    private static String recognition(Provider provider) {
        if (provider.bowKeurmerk() && provider.tstKeurmerk()) {
            return "Keurmerk Blik op Werk en erkende taalschakelinstelling (TST)";
        }
        if (provider.bowKeurmerk()) {
            return "Keurmerk Blik op Werk";
        }
        return provider.tstKeurmerk() ? "Erkende taalschakelinstelling (TST): alleen voor de onderwijsroute"
                : "Geen keurmerk: kan niet gekozen worden";
    }
}
