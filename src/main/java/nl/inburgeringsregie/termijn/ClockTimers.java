package nl.inburgeringsregie.termijn;

import java.util.Collection;

/**
 * Port to the process engine: moves the timers of a case's clocks after their deadlines moved. The norms
 * are named as the models name them ({@code Norm.name()}).
 */
public interface ClockTimers {

    void moved(String caseNumber, Collection<String> norms);
}
