package nl.inburgeringsregie.models.gate;

/** One rule of the quality gate, applied to the whole set of models. */
interface ModelRule {

    void check(ParsedModels models, Findings findings);
}
