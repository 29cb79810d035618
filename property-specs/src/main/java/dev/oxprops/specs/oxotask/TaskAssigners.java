package dev.oxprops.specs.oxotask;

import dev.oxprops.annotations.structure.Array;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Name;
import dev.oxprops.annotations.structure.Structure;
import java.util.List;

/**
 * [MS-OXOTASK] 2.2.2.2.16: the value of PidLidTaskAssigners, the stack of the task's assigners (the most recent last):
 * a count, then each assigner as a size and that many bytes.
 */
@Structure(name = "TaskAssigners", section = "[MS-OXOTASK] 2.2.2.2.16")
public interface TaskAssigners {
    /** cAssigners: the number of assigners. */
    @Int(bits = 32)
    @Name("cAssigners")
    int assignerCount();

    @Array(count = "assignerCount")
    @Name("Assigners")
    List<TaskAssignerEntry> assigners();
}
