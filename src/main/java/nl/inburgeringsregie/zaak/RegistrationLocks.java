package nl.inburgeringsregie.zaak;

import java.util.Arrays;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises check-and-insert on a natural key (a BSN, a household reference) within the current
 * transaction: a row lock ({@code SELECT ... FOR UPDATE}) on one of the rows of {@code registration_lock}
 * (migration V6), held until the transaction ends. A second registration of the same key waits, then sees
 * what the first one committed, so no unique index ever has to refuse the key — PostgreSQL logs the key
 * value of such a refusal, and a BSN must not reach that log. Keys map onto {@value #SLOTS} rows, so
 * different people rarely wait for each other; rows are locked in ascending order, so two transactions
 * locking several keys cannot deadlock.
 */
@Repository
public class RegistrationLocks {

    static final int SLOTS = 64;

    private final JdbcClient jdbc;

    public RegistrationLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the keys given (nulls are skipped) until the surrounding transaction commits or rolls back. */
    public void lock(String... keys) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A registration lock needs a transaction to hold it");
        }
        Arrays.stream(keys).filter(Objects::nonNull).mapToInt(RegistrationLocks::slot).distinct().sorted()
                .forEach(slot -> jdbc.sql("SELECT slot FROM registration_lock WHERE slot = ? FOR UPDATE")
                        .param(slot).query(Integer.class).single());
    }

    static int slot(String key) {
        return Math.floorMod(key.hashCode(), SLOTS);
    }
}
