package nl.inburgeringsregie.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The model files of one folder: every {@code *.bpmn} and {@code *.dmn} under {@code processes/} and
 * every {@code *.form} under {@code forms/}, under their names relative to that folder
 * ({@code processes/inburgering.bpmn}). These folders hold the only copy of the models.
 */
public record ModelFiles(Path directory, List<ModelFile> files) {

    static final List<String> FOLDERS = List.of("processes", "forms");
    private static final List<String> EXTENSIONS = List.of(".bpmn", ".dmn", ".form");

    /** One model file: its relative name and its content. */
    public record ModelFile(String name, byte[] content) {

        public boolean isBpmn() {
            return name.endsWith(".bpmn");
        }

        public boolean isDmn() {
            return name.endsWith(".dmn");
        }

        public boolean isForm() {
            return name.endsWith(".form");
        }
    }

    /** Reads the model files of a folder, sorted by name. */
    public static ModelFiles read(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        List<ModelFile> files = paths(root).stream()
                .map(path -> new ModelFile(relativeName(root, path), content(path)))
                .toList();
        return new ModelFiles(root, files);
    }

    /**
     * A cheap summary of the folder's model files (names, sizes, modification times) that changes
     * whenever a file is added, removed or saved.
     */
    public static int fingerprint(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        return Objects.hash(paths(root).stream().map(path -> {
            try {
                return relativeName(root, path) + ":" + Files.size(path) + ":" + Files.getLastModifiedTime(path);
            } catch (IOException e) {
                return relativeName(root, path) + ":weg";
            }
        }).toArray());
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    private static List<Path> paths(Path root) {
        return FOLDERS.stream()
                .map(root::resolve)
                .filter(Files::isDirectory)
                .flatMap(ModelFiles::walk)
                .filter(path -> EXTENSIONS.stream().anyMatch(path.getFileName().toString()::endsWith))
                .sorted()
                .toList();
    }

    private static Stream<Path> walk(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("De map " + folder + " kan niet worden gelezen", e);
        }
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] content(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Model " + file + " kan niet worden gelezen", e);
        }
    }
}
