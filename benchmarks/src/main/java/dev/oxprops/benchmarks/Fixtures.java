package dev.oxprops.benchmarks;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;

/** Complete, valid sharing messages of each flavor (the people and folders of MS-OXSHARE section 4). */
public final class Fixtures {
    private Fixtures() {}

    /** A complete, valid message of {@code flavor}, in an in-memory bag. */
    public static InMemoryPropertyBag message(Flavor flavor) {
        return InMemoryPropertyBag.copyOf(Section4Example.message(flavor));
    }
}
