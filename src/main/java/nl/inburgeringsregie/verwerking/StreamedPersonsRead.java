package nl.inburgeringsregie.verwerking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgeringsregie.shared.Processing;
import nl.inburgeringsregie.shared.ProcessingLog;
import nl.inburgeringsregie.verwerking.ProcessingRecords.Subject;

/**
 * The persons of a streamed read (a CSV export) recorded while it goes on (issue 22, point 4): each person once per
 * gemeente, written {@code piece} at a time in the background, one piece after the other, so the export does not wait
 * for 100,000 processed objects at its end and holds at most one more connection. The action (timed when the read
 * began) is written with the first piece that succeeds; a piece that fails does not stop the pieces after it.
 * {@link #close} writes the rest and returns when all are in the log, or throws the first failure.
 */
final class StreamedPersonsRead implements ProcessingLog.PersonsRead {

    private final ProcessingRecords records;
    private final TransactionTemplate transaction;
    private final Executor background;
    private final Processing processing;
    private final String userId;
    private final OffsetDateTime began;
    private final int piece;
    private final Set<Subject> seen = new HashSet<>();
    private List<Subject> pending = new ArrayList<>();
    private boolean closed;
    /** The pieces sent, each written after the one before; the fields below are touched only by them, in turn. */
    private CompletableFuture<Void> written = CompletableFuture.completedFuture(null);
    private Long action;
    private RuntimeException failure;

    StreamedPersonsRead(ProcessingRecords records, TransactionTemplate transaction, Executor background,
            Processing processing, String userId, int piece) {
        this.records = records;
        this.transaction = transaction;
        this.background = background;
        this.processing = processing;
        this.userId = userId;
        this.began = records.now();
        this.piece = piece;
    }

    @Override
    public void add(long personId, String gemeente) {
        if (closed) {
            throw new IllegalStateException("De vastlegging van deze export is al afgesloten");
        }
        var person = Subject.person(personId, gemeente);
        if (seen.add(person)) {
            pending.add(person);
            if (pending.size() >= piece) {
                send();
            }
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!pending.isEmpty()) {
            send();
        }
        written.join();
        if (failure != null) {
            throw failure;
        }
    }

    private void send() {
        List<Subject> subjects = pending;
        pending = new ArrayList<>();
        written = written.thenRunAsync(() -> write(subjects), this::inBackgroundOrHere);
    }

    private void write(List<Subject> subjects) {
        try {
            action = transaction.execute(status -> {
                long id = action == null ? records.action(processing, userId, began) : action;
                records.objects(id, processing, subjects);
                return id;
            });
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
    }

    /** A node that stops takes no more pieces in the background: then the reader writes them itself. */
    private void inBackgroundOrHere(Runnable task) {
        try {
            background.execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }
}
