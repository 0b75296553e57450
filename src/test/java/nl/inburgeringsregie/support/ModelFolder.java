package nl.inburgeringsregie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import nl.inburgeringsregie.models.ModelFiles;

/**
 * A copy of the project's processes/ and forms/ in a folder of its own, for tests that change a model as an
 * analyst would, without touching the real ones.
 */
public final class ModelFolder {

    private final Path root;

    private ModelFolder(Path root) {
        this.root = root;
    }

    /** Copies the project's models into {@code folder}. */
    public static ModelFolder copyOfProjectModels(Path folder) {
        try {
            for (String models : new String[] {"processes", "forms"}) {
                Path source = Path.of(models);
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Path target = folder.resolve(models).resolve(source.relativize(file));
                        Files.createDirectories(target.getParent());
                        Files.copy(file, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelFolder(folder);
    }

    public Path root() {
        return root;
    }

    /** Changes one file, e.g. {@code edit("processes/inburgering.bpmn", xml -> xml.replace(…))}. */
    public ModelFolder edit(String file, UnaryOperator<String> change) {
        Path path = root.resolve(file);
        try {
            String before = Files.readString(path);
            String after = change.apply(before);
            if (after.equals(before)) {
                throw new IllegalArgumentException("the edit of " + file + " changed nothing");
            }
            Files.writeString(path, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ModelFolder write(String file, String content) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ModelFolder delete(String file) {
        try {
            Files.delete(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ModelFiles files() {
        return ModelFiles.read(root);
    }
}
