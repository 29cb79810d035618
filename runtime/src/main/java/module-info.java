/**
 * The oxprops runtime: property ids, keys and bags, codecs, entry IDs, structures, validation reports and the spec
 * as data. JDK only.
 */
module dev.oxprops.runtime {
    // MapiType, Level, PresenceRule... appear in the runtime's public signatures
    requires transitive dev.oxprops.annotations;

    exports dev.oxprops.runtime;
    exports dev.oxprops.runtime.codec;
    exports dev.oxprops.runtime.entryid;
    exports dev.oxprops.runtime.model;
    exports dev.oxprops.runtime.structure;
    exports dev.oxprops.runtime.validation;
    // for generated code only (no compatibility promise): generated classes live in the users' own modules and call it
    exports dev.oxprops.runtime.support;
    exports dev.oxprops.runtime.support.structure;
}
