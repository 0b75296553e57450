package nl.inburgeringsregie.signalering;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;

/** The demo's digest at the start is a convenience: when it cannot be made, the application still starts. */
class DeadlineDigestAtStartTest {

    @Test
    void aDigestThatFailsAtTheStartIsLoggedAndTheStartGoesOn() {
        var digest = mock(DeadlineDigest.class);
        doThrow(new IllegalStateException("outbox refused the mail")).when(digest).scheduled();

        assertThatCode(new DeadlineDigestAtStart(digest)::atStartup).doesNotThrowAnyException();
        verify(digest).scheduled();
    }
}
