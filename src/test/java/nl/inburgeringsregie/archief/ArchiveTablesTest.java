package nl.inburgeringsregie.archief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.inburgeringsregie.support.IntegrationTest;

/**
 * The destruction of a case (issue 21, point 4) stays complete when the schema grows: every table of the schema with a
 * {@code case_id} or {@code person_id} column is one {@link CaseDestruction} knows.
 */
@IntegrationTest
class ArchiveTablesTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableThatNamesACaseIsDestroyedWithIt() throws Exception {
        List<String> withCaseId = new ArrayList<>();
        List<String> withPersonId = new ArrayList<>();
        try (var connection = dataSource.getConnection();
                var columns = connection.getMetaData().getColumns(connection.getCatalog(), connection.getSchema(), "%",
                        "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME").toLowerCase();
                switch (columns.getString("COLUMN_NAME").toLowerCase()) {
                    case "case_id" -> withCaseId.add(table);
                    case "person_id" -> withPersonId.add(table);
                    default -> { }
                }
            }
        }
        assertThat(withCaseId).isNotEmpty();
        assertThat(CaseDestruction.CASE_TABLES).containsAll(withCaseId);
        // the person goes with their last case (CaseDestruction.destroyPersonWithoutOtherCases)
        assertThat(withPersonId).containsExactlyInAnyOrder("integration_case", "person_v_number");
    }

}
