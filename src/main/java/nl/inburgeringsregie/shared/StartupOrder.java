package nl.inburgeringsregie.shared;

/** The order of the start-up steps that run once the application is ready. */
public final class StartupOrder {

    /** Groups, tenants, authorizations and Tasklist filters. */
    public static final int IDENTITY = 10;
    public static final int DEPLOY_MODELS = 20;
    /** Demo users and demo cases, which need the two steps above. */
    public static final int DEMO_DATA = 30;
    /** The demo cases driven through the phases, after the personas are registered ({@code DEMO_DATA + 1}). */
    public static final int DEMO_CASES = 40;
    /** The demo's first daily digest of clocks (signalering), once the demo cases are there. */
    public static final int DIGEST = 50;
    /** The "gestart" line ({@link StartupReport}): last, once every step above is done. */
    public static final int READY = 1000;

    private StartupOrder() {
    }
}
