package nl.inburgeringsregie.duo;

import java.util.Map;

/**
 * Port to the process engine: tells a case's process what DUO said, as a message the case may be waiting
 * for. Implemented in the engine package, which knows the models' message names.
 */
public interface CaseMessages {

    /** What DUO's notification means for the case's process. */
    enum Kind {
        /** SS139: the person left the COA and lives in the gemeente. */
        SETTLED,
        /** The result of the leerbaarheidstoets. */
        TEST_RESULT,
        /** SS103/SS104: the term was extended. */
        TERM_EXTENDED,
        /** SS106–SS108: the obligation is met. */
        OBLIGATION_MET,
        /** SS110–SS111: the obligation ended otherwise (SS109, a temporary exemption, suspends the case instead). */
        OBLIGATION_ENDED,
        /** A new exam result. */
        EXAM_RESULT,
        /** SS117/SS119: exam parts exempted, so the exams may now be complete. */
        PARTS_EXEMPTED,
        /** SS124: no longer an asielstatushouder, so financieel ontzorgen ends or does not start. */
        NO_LONGER_ASIELSTATUSHOUDER
    }

    /** Delivers the message to the case's process; false when the case does not wait for it now. */
    boolean deliver(String caseNumber, Kind kind, Map<String, Object> variables);

    /** The model's name of the message. */
    String nameOf(Kind kind);
}
