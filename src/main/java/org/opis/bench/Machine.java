package org.opis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The machine a benchmark ran on, as far as Java can tell: figures mean little without it.
 *
 * @param cores processors available to the JVM
 * @param processor the processor's model name, when the system tells it
 * @param memoryBytes physical memory
 * @param heapBytes the most heap the JVM may use
 * @param jdk the Java runtime's name and version
 * @param os the operating system, its version and architecture
 */
public record Machine(int cores, Optional<String> processor, long memoryBytes, long heapBytes, String jdk, String os) {

  /** The machine this JVM runs on. */
  public static Machine here() {
    long memory = 0;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    return new Machine(Runtime.getRuntime().availableProcessors(), processorModel(), memory,
        Runtime.getRuntime().maxMemory(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
  }

  // Linux names the model in /proc/cpuinfo; elsewhere it stays unnamed
  private static Optional<String> processorModel() {
    Path info = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(info)) {
      return Optional.empty();
    }
    try {
      return Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** One line: "2 cores (AMD EPYC 7B13), 23.5 GiB memory, heap up to 6.0 GiB, OpenJDK ..., Linux ...". */
  public String describe() {
    return cores + " cores" + processor.map(p -> " (" + p + ")").orElse("")
        + String.format(", %.1f GiB memory, heap up to %.1f GiB, ", memoryBytes / GIB, heapBytes / GIB) + jdk + ", " + os;
  }

  private static final double GIB = 1024.0 * 1024 * 1024;
}
