package org.jifen.operations;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

/**
 * Whether this JVM ends itself on an {@link OutOfMemoryError}, and by which flag. After one, any thread may have
 * died half-way (a pool's housekeeper, the database's writer, a request holding a lock), so the only safe reaction is
 * to end the process and let the supervisor start a fresh one; Java code cannot arrange that for every thread, the
 * JVM can.
 */
record OutOfMemoryPolicy(boolean exits, String flag) {

    static final String MISSING = "none";

    /** The flags that make HotSpot end the process on the first OutOfMemoryError. */
    private static final List<String> ENDING_FLAGS = List.of("ExitOnOutOfMemoryError", "CrashOnOutOfMemoryError");

    static OutOfMemoryPolicy ofThisJvm() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (hotSpot == null) {
            return new OutOfMemoryPolicy(false, MISSING);
        }
        for (String flag : ENDING_FLAGS) {
            if ("true".equals(option(hotSpot, flag).orElse("false"))) {
                return new OutOfMemoryPolicy(true, "-XX:+" + flag);
            }
        }
        // -XX:OnOutOfMemoryError="kill -9 %p" is the older way to the same end.
        return option(hotSpot, "OnOutOfMemoryError").filter(command -> !command.isBlank())
                .map(command -> new OutOfMemoryPolicy(true, "-XX:OnOutOfMemoryError=" + command))
                .orElse(new OutOfMemoryPolicy(false, MISSING));
    }

    private static Optional<String> option(HotSpotDiagnosticMXBean hotSpot, String name) {
        try {
            return Optional.of(hotSpot.getVMOption(name).getValue());
        } catch (IllegalArgumentException unknownToThisJvm) {
            return Optional.empty();
        }
    }
}
