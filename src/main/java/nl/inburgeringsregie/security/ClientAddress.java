package nl.inburgeringsregie.security;

/**
 * The address of the client whose request this thread serves (behind a proxy: as Tomcat read it from the
 * proxy's X-Forwarded-For), for the login checks deep in the engine's identity service.
 */
final class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {
    }

    static String current() {
        return CURRENT.get();
    }

    static void set(String address) {
        CURRENT.set(address);
    }

    static void clear() {
        CURRENT.remove();
    }
}
