package nl.inburgeringsregie.support;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import nl.inburgeringsregie.aanmelding.BsnValidator;

/**
 * Fresh valid BSNs from the test range 9xxxxxxxx, so tests never meet each other's persons.
 *
 * <p>The BSNs are handed out in order from a random starting point, never drawn at random: the suite creates
 * thousands of persons in one database, and among ten million valid test BSNs random draws meet each other
 * (the birthday problem; RegieApiTest once failed on a duplicate person). The random start keeps a second run on
 * the same database clear of the first one's block. The demo's fixed numbers (99999xxxx) are skipped.
 */
public final class TestBsn {

    private static final int RANGE = 100_000_000;
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(RANGE));

    private TestBsn() {
    }

    public static String next() {
        while (true) {
            String candidate = "9" + String.format("%08d", NEXT.getAndIncrement() % RANGE);
            if (BsnValidator.isValidBsn(candidate) && !candidate.startsWith("99999")) {
                return candidate;
            }
        }
    }
}
