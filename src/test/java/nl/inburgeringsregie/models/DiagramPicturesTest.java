package nl.inburgeringsregie.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pictures of the models in docs/diagrammen show the models as they are (issue 23, "Pictures in the docs ...
 * kept in step with the models (a test fails when a picture is stale)"). src/diagrams renders each BPMN model with
 * bpmn-js to an SVG and each DMN model's tables to Markdown, and writes the sha256 of the model it drew into the
 * picture; a model changed after its picture was made fails here.
 */
class DiagramPicturesTest {

    private static final Path MODELS = Path.of("processes");
    private static final Path PICTURES = Path.of("docs/diagrammen");
    private static final String REFRESH = "run `cd src/diagrams && npm ci && npm run render` to refresh the pictures";
    private static final Pattern STAMP = Pattern.compile("model (\\S+) sha256 ([0-9a-f]{64})");

    static Stream<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.filter(file -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyModelHasAPictureOfItsCurrentVersion(Path model) throws IOException {
        assertThat(staleness(model, Files.readAllBytes(model))).as(model.toString()).isEmpty();
    }

    @Test
    void aModelChangedAfterItsPictureWasMadeIsReportedWithTheCommandThatRefreshesIt() throws IOException {
        Path model = MODELS.resolve("duo-bericht.bpmn");
        String moved = Files.readString(model).replaceFirst("<dc:Bounds x=\"(\\d+)\"", "<dc:Bounds x=\"$1.5\"");

        assertThat(staleness(model, moved.getBytes(StandardCharsets.UTF_8)))
                .hasValueSatisfying(problem -> assertThat(problem).contains("older version").contains("npm run render"));
    }

    @Test
    void everyPictureShowsAModelThatExists() throws IOException {
        List<Path> orphans;
        try (Stream<Path> files = Files.list(PICTURES)) {
            orphans = files.filter(file -> file.toString().endsWith(".svg") || file.toString().endsWith(".md"))
                    .filter(picture -> !Files.exists(modelOf(picture))).sorted().toList();
        }
        assertThat(orphans).as("pictures of models no longer in processes/ (delete them)").isEmpty();
    }

    /** What is wrong with the picture of a model with these contents, if anything. */
    private static Optional<String> staleness(Path model, byte[] contents) throws IOException {
        Path picture = pictureOf(model);
        if (!Files.exists(picture)) {
            return Optional.of(model + " has no picture " + picture + ": " + REFRESH);
        }
        Matcher stamp = STAMP.matcher(head(picture));
        if (!stamp.find() || !stamp.group(1).equals(model.getFileName().toString())) {
            return Optional.of(picture + " carries no stamp of " + model + ": " + REFRESH);
        }
        if (!stamp.group(2).equals(sha256(contents))) {
            return Optional.of(picture + " shows an older version of " + model + ": " + REFRESH);
        }
        return Optional.empty();
    }

    private static Path pictureOf(Path model) {
        String name = model.getFileName().toString();
        return PICTURES.resolve(name.endsWith(".bpmn") ? name.replaceFirst("\\.bpmn$", ".svg") : name.replaceFirst("\\.dmn$", ".md"));
    }

    private static Path modelOf(Path picture) {
        String name = picture.getFileName().toString();
        return MODELS.resolve(name.endsWith(".svg") ? name.replaceFirst("\\.svg$", ".bpmn") : name.replaceFirst("\\.md$", ".dmn"));
    }

    /** The stamp is in the picture's first lines: an XML comment in the SVG, an HTML comment in the Markdown. */
    private static String head(Path picture) throws IOException {
        String text = Files.readString(picture);
        return text.substring(0, Math.min(text.length(), 1000));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
