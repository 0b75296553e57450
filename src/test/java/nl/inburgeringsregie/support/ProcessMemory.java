package nl.inburgeringsregie.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory of this JVM as the operating system sees it (issue 22, point 5: RSS at most 1 GiB with 100,000 cases
 * loaded and the benchmarks run), for a benchmark's report: resident set size now and at its peak (Linux's
 * {@code /proc/self/status}, VmRSS and VmHWM), heap and non-heap in use, and the JVM's flags, so a figure is never read
 * without the settings it was measured with.
 */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** One line: "RSS … MiB (peak … MiB), heap used … of max … MiB, non-heap … MiB; JVM: flags". */
    public static String report() {
        var memory = ManagementFactory.getMemoryMXBean();
        long nonHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.NON_HEAP).mapToLong(pool -> pool.getUsage().getUsed()).sum();
        return String.format("RSS %s MiB (peak %s MiB), heap used %d of max %d MiB, non-heap %d MiB; JVM: %s",
                status("VmRSS"), status("VmHWM"), memory.getHeapMemoryUsage().getUsed() >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20, nonHeap >> 20,
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    /** A line of /proc/self/status in MiB ("?" where there is no such file, as on a machine that is not Linux). */
    private static String status(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field + ":"))
                    .map(line -> String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) >> 10)).findFirst().orElse("?");
        } catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }
}
