package nl.inburgeringsregie.zaak;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Hands out case numbers such as {@code INB-2026-000042}: readable, sortable, and free of personal
 * data, so they can serve as business key in the process engine.
 */
@Component
public class CaseNumbers {

    private static final String SEQUENCE = "case_number_seq";

    private final DataFieldMaxValueIncrementer sequence;
    private final Clock clock;

    public CaseNumbers(DataSource dataSource, Clock clock) throws SQLException {
        this.sequence = sequenceFor(dataSource);
        this.clock = clock;
    }

    public String next() {
        return "INB-%d-%06d".formatted(Year.now(clock).getValue(), sequence.nextLongValue());
    }

    private static DataFieldMaxValueIncrementer sequenceFor(DataSource dataSource) throws SQLException {
        String product;
        try (var connection = dataSource.getConnection()) {
            product = JdbcUtils.commonDatabaseName(connection.getMetaData().getDatabaseProductName());
        }
        return switch (product) {
            case "H2" -> new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
            case "PostgreSQL" -> new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE);
            default -> throw new IllegalStateException("Database " + product + " wordt niet ondersteund");
        };
    }
}
