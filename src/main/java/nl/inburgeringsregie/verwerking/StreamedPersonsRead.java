package nl.inburgeringsregie.verwerking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.verwerking.ProcessingRecords.Subject;

/**
 * The persons of a streamed read (a CSV export) recorded while it goes on (issue 22, point 4): each person once,
 * written {@code piece} at a time in the background, one piece after the other, so the export does not wait for
 * 100,000 processed objects at its end and holds at most one more connection. The action is written with the first
 * piece; {@link #close} writes the rest and returns when all are in the log, or throws when a piece could not be
 * written (the pieces before it stay: those persons were read).
 */
final class StreamedPersonsRead implements ProcessingLog.PersonsRead {

    private final ProcessingRecords records;
    private final TransactionTemplate transaction;
    private final Executor background;
    private final Processing processing;
    private final String userId;
    private final int piece;
    private final Set<Long> seen = new HashSet<>();
    private List<Subject> pending = new ArrayList<>();
    /** The id of the action once its first piece is written; each piece waits for the one before. */
    private CompletableFuture<Long> written = CompletableFuture.completedFuture(null);

    StreamedPersonsRead(ProcessingRecords records, TransactionTemplate transaction, Executor background,
            Processing processing, String userId, int piece) {
        this.records = records;
        this.transaction = transaction;
        this.background = background;
        this.processing = processing;
        this.userId = userId;
        this.piece = piece;
    }

    @Override
    public void add(long personId, String gemeente) {
        if (seen.add(personId)) {
            pending.add(Subject.person(personId, gemeente));
            if (pending.size() >= piece) {
                send();
            }
        }
    }

    @Override
    public void close() {
        if (!pending.isEmpty()) {
            send();
        }
        try {
            written.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void send() {
        List<Subject> subjects = pending;
        pending = new ArrayList<>();
        written = written.thenApplyAsync(action -> transaction.execute(status -> {
            long id = action == null ? records.action(processing, userId) : action;
            records.objects(id, processing, subjects);
            return id;
        }), background);
    }
}
