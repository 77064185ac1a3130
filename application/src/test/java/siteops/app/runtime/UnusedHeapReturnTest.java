package siteops.app.runtime;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** Once started, the JVM is asked to give back what it does not use, unless its options were set by hand. */
class UnusedHeapReturnTest {

    @Test
    void theHeapShrinksToWithinThirtyPercentOfWhatIsInUse() {
        HotSpotDiagnosticMXBean jvm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

        new UnusedHeapReturn(true).giveBackUnusedHeap();

        assertThat(jvm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
        assertThat(jvm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
    }
}
