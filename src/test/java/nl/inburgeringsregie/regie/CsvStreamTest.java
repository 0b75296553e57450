package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The streamed CSV (issue 22, point 4: rows written as they are read) is byte for byte the CSV the export wrote in one
 * piece before: byte order mark, header, semicolons, quoting, formula injection neutralised, words beside codes.
 */
class CsvStreamTest {

    record Row(String naam, String code, String omschrijving, long dagen, LocalDate datum) {
    }

    private final CsvExport csv = new CsvExport(ZoneId.of("Europe/Amsterdam"));

    @Test
    void aStreamedCsvIsTheCsvWrittenInOnePiece() throws Exception {
        var rows = List.of(new Row("=HYPERLINK(\"x\")", "TE_LAAT", "te laat; echt", -3, LocalDate.of(2026, 4, 1)),
                new Row("Amina \"Testpersoon\"", "OP_SCHEMA", "op schema", 12, null),
                new Row("@SUM(A1)", null, "regel\nnieuw", 0, LocalDate.of(2026, 12, 31)));
        assertThat(streamed(rows)).isEqualTo(whole(rows)).contains("'=HYPERLINK").contains("'@SUM");
    }

    @Test
    void anEmptyExportIsTheSameToo() throws Exception {
        assertThat(streamed(List.of())).isEqualTo(whole(List.of()));
    }

    /**
     * Rows go to the answer in the writer's buffer, not one by one (Jackson flushes after every row unless told not
     * to: 200,000 writes to the socket for 200,000 rows); the first bytes are flushed at once, and the answer is closed
     * after the last row.
     */
    @Test
    void theRowsLeaveInBufferedPiecesAndTheAnswerIsClosedAfterTheLast() throws Exception {
        var rows = java.util.stream.IntStream.range(0, 2_000)
                .mapToObj(i -> new Row("Persoon " + i, "OP_SCHEMA", "op schema", i, LocalDate.of(2026, 4, 1)))
                .toList();
        var flushes = new java.util.concurrent.atomic.AtomicInteger();
        var closed = new java.util.concurrent.atomic.AtomicBoolean();
        var flushesBeforeTheRows = new java.util.concurrent.atomic.AtomicInteger(-1);
        var out = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                flushes.incrementAndGet();
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        csv.write(out, Row.class, write -> {
            flushesBeforeTheRows.set(flushes.get());
            assertThat(out.size()).as("the byte order mark left before the first row").isEqualTo(3);
            rows.forEach(write);
            assertThat(closed).as("not closed while rows are written").isFalse();
        });
        assertThat(flushesBeforeTheRows.get()).isEqualTo(1);
        assertThat(flushes.get()).as("2,000 rows, not flushed one by one").isLessThan(10);
        assertThat(closed).as("the answer is complete after the last row").isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(whole(rows));
    }

    /**
     * An export that fails on the way leaves the answer open: the server then breaks it off and the client sees a
     * failed download (curl: "transfer closed with outstanding read data remaining"), not a shorter file that looks
     * complete.
     */
    @Test
    void aFailingExportLeavesTheAnswerOpen() {
        var closed = new java.util.concurrent.atomic.AtomicBoolean();
        var out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        assertThatThrownBy(() -> csv.write(out, Row.class, write -> {
            write.accept(new Row("Persoon", "OP_SCHEMA", "op schema", 1, LocalDate.of(2026, 4, 1)));
            throw new IllegalStateException("de database antwoordt niet meer");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(closed).isFalse();
    }

    private String whole(List<Row> rows) {
        return new String(csv.download("x.csv", Row.class, rows).getBody(), StandardCharsets.UTF_8);
    }

    private String streamed(List<Row> rows) throws Exception {
        var headers = csv.attachment("x.csv").build().getHeaders();
        assertThat(headers.getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(headers.getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"x.csv\"");
        var out = new ByteArrayOutputStream();
        csv.write(out, Row.class, write -> rows.forEach(write));
        return out.toString(StandardCharsets.UTF_8);
    }
}
