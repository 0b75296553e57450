package nl.inburgeringsregie.models;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The Dutch answer of the model API when the engine or the database fails unexpectedly (HTTP 500). */
public final class UnexpectedProblem {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedProblem.class);

    private UnexpectedProblem() {
    }

    public static ProblemDetail of(RuntimeException e) {
        LOG.error("Onverwachte fout in de modellen-API", e);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis bij het verwerken van uw verzoek; er is niets veranderd. Probeer het opnieuw; blijft "
                        + "het misgaan, meld dan het tijdstip aan de beheerder.");
        problem.setTitle("Onverwachte fout");
        return problem;
    }
}
