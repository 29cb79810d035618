/** The annotations a spec interface is written with; read by the processor at compile time. */
module dev.oxprops.annotations {
    exports dev.oxprops.annotations;
    exports dev.oxprops.annotations.structure;
}
