package nl.inburgeringsregie.zaak;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Households, known by the reference that links the people of one household (nareizigers join one). */
@Service
public class HouseholdService {

    private final HouseholdRepository households;

    HouseholdService(HouseholdRepository households) {
        this.households = households;
    }

    public boolean exists(String reference) {
        return households.exists(reference);
    }

    /** The id of the household with this reference, created on first use, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long idOf(String reference) {
        return households.findOrCreate(reference);
    }
}
