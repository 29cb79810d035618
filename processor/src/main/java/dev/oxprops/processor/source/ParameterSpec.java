package dev.oxprops.processor.source;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** A method or record parameter: modifiers, type and name. */
public final class ParameterSpec {
    final TypeName type;
    final String name;
    final Set<Modifier> modifiers;

    private ParameterSpec(TypeName type, String name, Modifier... modifiers) {
        this.type = type;
        this.name = name;
        this.modifiers = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(modifiers)));
    }

    public static Builder builder(TypeName type, String name, Modifier... modifiers) {
        return new Builder(type, name, modifiers);
    }

    void emit(SourceWriter w) {
        w.emitModifiers(modifiers, Set.of());
        type.emit(w);
        w.emitAndIndent(" ");
        w.emitAndIndent(name);
    }

    /** Builds a parameter. */
    public static final class Builder {
        private final TypeName type;
        private final String name;
        private final Modifier[] modifiers;

        private Builder(TypeName type, String name, Modifier... modifiers) {
            this.type = type;
            this.name = name;
            this.modifiers = modifiers;
        }

        public ParameterSpec build() {
            return new ParameterSpec(type, name, modifiers);
        }
    }
}
