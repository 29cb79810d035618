package dev.oxprops.benchmarks;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.specs.oxshare.HandWrittenSharingValidator;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Goal 3 on a loaded machine, beside {@link ValidationBenchmark}: the generated and the hand-written validators of one
 * flavor in one JVM, in alternating short rounds (5,000 validations each), so that both see the same load; prints each
 * one's fastest and median round (ns per validation) and the median of the per-round ratios. When other processes
 * take the CPU, JMH's averages carry their noise; the fastest rounds and the paired ratio mostly do not. Run
 * {@code java -cp benchmarks.jar dev.oxprops.benchmarks.ValidationPairs FLAVOR [rounds]}, one JVM per flavor (as JMH
 * forks do).
 */
public final class ValidationPairs {
    private static final int PER_ROUND = 5_000;
    private static volatile Object sink;

    private ValidationPairs() {}

    public static void main(String[] args) {
        Flavor flavor = Flavor.valueOf(args.length > 0 ? args[0] : "INVITATION_FOLDER");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        InMemoryPropertyBag bag = Fixtures.message(flavor);
        for (int w = 0; w < 400; w++) {
            generated(bag);
            handWritten(bag);
        }
        double[] generated = new double[rounds];
        double[] handWritten = new double[rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            generated(bag);
            long t1 = System.nanoTime();
            handWritten(bag);
            long t2 = System.nanoTime();
            generated[r] = (t1 - t0) / (double) PER_ROUND;
            handWritten[r] = (t2 - t1) / (double) PER_ROUND;
            ratio[r] = generated[r] / handWritten[r];
        }
        Arrays.sort(generated);
        Arrays.sort(handWritten);
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%-26s generated min %6.1f median %6.1f | hand-written min %6.1f median %6.1f ns"
                + " | generated/hand-written: fastest %.2f, paired median %.2f%n", flavor, generated[0], generated[rounds / 2],
                handWritten[0], handWritten[rounds / 2], generated[0] / handWritten[0], ratio[rounds / 2]);
    }

    private static void generated(InMemoryPropertyBag bag) {
        Object last = null;
        for (int i = 0; i < PER_ROUND; i++) {
            last = SharingMessageValidator.INSTANCE.validate(bag);
        }
        sink = last;
    }

    private static void handWritten(InMemoryPropertyBag bag) {
        Object last = null;
        for (int i = 0; i < PER_ROUND; i++) {
            last = HandWrittenSharingValidator.INSTANCE.validate(bag);
        }
        sink = last;
    }
}
