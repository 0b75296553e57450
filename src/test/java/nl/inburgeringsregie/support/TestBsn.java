package nl.inburgeringsregie.support;

import java.util.concurrent.ThreadLocalRandom;

import nl.inburgeringsregie.aanmelding.BsnValidator;

/** Fresh valid BSNs from the test range 9xxxxxxxx, so tests never meet each other's persons. */
public final class TestBsn {

    private TestBsn() {
    }

    public static String next() {
        while (true) {
            String candidate = "9" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            if (BsnValidator.isValidBsn(candidate) && !candidate.startsWith("99999")) {
                return candidate;
            }
        }
    }
}
