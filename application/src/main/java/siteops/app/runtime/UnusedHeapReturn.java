package siteops.app.runtime;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives the heap the process no longer uses back to the machine. Left to its defaults, the JVM
 * sizes its heap for a quarter of the machine's memory and keeps what it grew into while busy
 * (6 GiB resident at 100,000 sites, for 160 MiB in use after a collection). Once the application
 * has started, unless they were set on the command line, the JVM is asked to shrink the heap after
 * a collection to within {@value #MAX_FREE_PERCENT} % of what is in use, and to run a concurrent
 * collection when idle for {@value #IDLE_COLLECTION_MILLIS} ms (so that an idle service shrinks
 * too). Not before: during the start, which allocates far more than it keeps, a heap held that
 * tight doubled the number of collections. Peaks while busy are not bounded by this: {@code -Xmx}
 * does that, as an operator sets it.
 */
@Component
public class UnusedHeapReturn {

    private static final Logger log = LoggerFactory.getLogger(UnusedHeapReturn.class);
    private static final int MAX_FREE_PERCENT = 30;
    private static final int MIN_FREE_PERCENT = 10;
    private static final long IDLE_COLLECTION_MILLIS = 60_000;

    private final boolean enabled;

    public UnusedHeapReturn(@Value("${siteops.memory.return-unused-heap}") boolean enabled) {
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void giveBackUnusedHeap() {
        if (!enabled) {
            return;
        }
        HotSpotDiagnosticMXBean jvm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        Map<String, String> options = new LinkedHashMap<>();
        options.put("MinHeapFreeRatio", Integer.toString(MIN_FREE_PERCENT));
        options.put("MaxHeapFreeRatio", Integer.toString(MAX_FREE_PERCENT));
        if (setByDefault(jvm, "MinHeapFreeRatio") && setByDefault(jvm, "MaxHeapFreeRatio")) {
            options.forEach((name, value) -> set(jvm, name, value));
        }
        if (setByDefault(jvm, "G1PeriodicGCInterval")) {
            set(jvm, "G1PeriodicGCInterval", Long.toString(IDLE_COLLECTION_MILLIS));
        }
    }

    /** Whether the option exists in this JVM and nobody set it. */
    private static boolean setByDefault(HotSpotDiagnosticMXBean jvm, String name) {
        try {
            return jvm.getVMOption(name).getOrigin() == VMOption.Origin.DEFAULT;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static void set(HotSpotDiagnosticMXBean jvm, String name, String value) {
        try {
            jvm.setVMOption(name, value);
        } catch (IllegalArgumentException notWritable) {
            log.info("The JVM keeps its {} ({}): unused heap may stay with the process", name, notWritable.getMessage());
        }
    }
}
