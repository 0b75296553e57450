package nl.inburgeringsregie.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 20 point 7: "SS137 and every other event has a handling named in one table in docs that is tested row by
 * row". The table in docs/duo-gebeurtenissen.md and the code ({@link DuoGebeurtenis}, which also decides which codes
 * the Notificatie API accepts) agree row by row: the same codes, DUO's description, the handling (automatic, a task
 * for the consulent or for the coordinator), and a source line of DUO's specification that names the code. Every code
 * in DUO's Gebeurtenissen.md and Attentiesignalen.md is in the table.
 */
class DuoEventTableTest {

    private static final Path TABLE = Path.of("docs/duo-gebeurtenissen.md");
    private static final Path SPEC = Path.of("src/main/resources/duo-m2m/Gebeurtenissen");
    private static final Map<String, Path> SPEC_FILES = Map.of("G", SPEC.resolve("Gebeurtenissen.md"), "A",
            SPEC.resolve("Attentiesignalen.md"));
    private static final Map<String, String> KIND_OF_FILE = Map.of("G", "Gebeurtenis", "A", "Attentiesignaal");
    private static final Pattern CODE = Pattern.compile("SS\\d{3}");
    private static final Pattern SOURCE = Pattern.compile("([GA]):(\\d+)(?:-(\\d+))?");

    /** One row of the table: code, kind, DUO's description, source lines, handling, what the application does. */
    record Row(String code, String kind, String description, String sources, String handling, String what) {
        @Override
        public String toString() {
            return code;
        }
    }

    static List<Row> rows() throws IOException {
        var rows = new ArrayList<Row>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("| SS")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
            assertThat(cells).as("six cells in: " + line).hasSize(6);
            rows.add(new Row(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip(),
                    cells[5].strip()));
        }
        return rows;
    }

    @Test
    void theTableHasEveryCodeTheApplicationAcceptsOnceAndNoOther() throws IOException {
        var codes = rows().stream().map(Row::code).toList();

        assertThat(codes).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(codes)).isEqualTo(Arrays.stream(DuoGebeurtenis.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(codes).allSatisfy(code -> assertThat(DuoGebeurtenis.of(code)).as(code + " accepted").isPresent());
        assertThat(DuoGebeurtenis.of("SS999")).as("a code outside the table is refused").isEmpty();
    }

    @Test
    void everyCodeInDuosSpecificationIsInTheTable() throws IOException {
        var inTable = rows().stream().map(Row::code).collect(Collectors.toSet());
        var inSpec = new TreeSet<String>();
        for (Path file : SPEC_FILES.values()) {
            Matcher codes = CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (codes.find()) {
                inSpec.add(codes.group());
            }
        }

        assertThat(inSpec).hasSize(40);
        assertThat(inTable).containsAll(inSpec);
    }

    @ParameterizedTest
    @MethodSource("rows")
    void eachRowSaysWhatTheCodeSays(Row row) {
        var event = DuoGebeurtenis.of(row.code()).orElseThrow();

        assertThat(row.description()).as("DUO's description").isEqualTo(event.description());
        assertThat(row.handling()).as("the handling").isEqualTo(handlingIn(event.handling()));
        assertThat(row.what()).as("what the application does, in words").isNotBlank();
        Matcher sameAs = Pattern.compile("^Als (SS\\d{3})").matcher(row.what());
        if (sameAs.find()) {
            var other = DuoGebeurtenis.of(sameAs.group(1));
            assertThat(other).as(row.code() + " is handled as a code the application knows").isPresent();
            assertThat(other.orElseThrow().handling()).as(row.code() + " is handled as " + other.get())
                    .isEqualTo(event.handling());
        } else {
            assertThat(row.what()).as(row.code() + ": what the application does, in words").hasSizeGreaterThan(40);
        }
        var taskText = event.instruction();
        assertThat(taskText.isPresent()).as("a task has its own instruction")
                .isEqualTo(!"automatisch".equals(row.handling()));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void eachRowCitesALineOfDuosSpecificationThatNamesTheCode(Row row) {
        Map<String, List<String>> lines = SPEC_FILES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> read(entry.getValue())));
        Matcher sources = SOURCE.matcher(row.sources());
        var cited = new ArrayList<String>();
        var files = new TreeSet<String>();
        while (sources.find()) {
            int from = Integer.parseInt(sources.group(2));
            int to = sources.group(3) == null ? from : Integer.parseInt(sources.group(3));
            List<String> file = lines.get(sources.group(1));
            files.add(sources.group(1));
            for (int number = from; number <= to; number++) {
                assertThat(number).as(row.code() + ": " + row.sources()).isBetween(1, file.size());
                cited.add(file.get(number - 1));
            }
        }

        assertThat(cited).as(row.code() + ": a cited line names the code").anyMatch(line -> line.contains(row.code()));
        assertThat(files).as("one source file per row").hasSize(1);
        assertThat(row.kind()).isEqualTo(KIND_OF_FILE.get(files.first()));
    }

    private static String handlingIn(DuoGebeurtenis.Handling handling) {
        return switch (handling) {
            case SIGNAL -> "taak consulent";
            case COORDINATOR_SIGNAL -> "taak coördinator";
            default -> "automatisch";
        };
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
