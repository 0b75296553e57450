package nl.inburgeringsregie.pip;

import java.util.Optional;

/**
 * Port to DUO for a PIP withdrawal, implemented in the duo slice: whether DUO would refuse to remove the case's PIP now
 * (duo-m2m/README.md, "Het verwijderen van een PIP": only while "De inburgeringstermijn is nog niet is vastgesteld" and
 * "Er zijn nog geen cursusdeelnameuren gerelateerd aan het actuele inburgeringsaanbod geregistreerd"), checked before
 * anything is written, so the coordinator reads DUO's refusal as a Dutch message instead of an incident afterwards.
 */
public interface PipRemovalAtDuo {

    /** Why DUO would refuse to remove the case's PIP now, in Dutch; empty when it may (or the case has no PIP at DUO). */
    Optional<String> refusal(String caseNumber);
}
