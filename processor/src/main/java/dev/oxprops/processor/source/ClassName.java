package dev.oxprops.processor.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;

/** A class, interface, enum or record by its package and simple names (nested classes keep their enclosing class). */
public final class ClassName extends TypeName implements Comparable<ClassName> {
    private final String packageName;
    private final ClassName enclosing;
    private final String simpleName;
    private final String canonicalName;
    private List<String> simpleNames;

    private ClassName(String packageName, ClassName enclosing, String simpleName) {
        super(null);
        this.packageName = enclosing != null ? enclosing.packageName : packageName;
        this.enclosing = enclosing;
        this.simpleName = simpleName;
        this.canonicalName = enclosing != null ? enclosing.canonicalName + '.' + simpleName
                : this.packageName.isEmpty() ? simpleName : this.packageName + '.' + simpleName;
    }

    /** The top-level class {@code simpleName} of package {@code packageName}. */
    public static ClassName get(String packageName, String simpleName) {
        return new ClassName(packageName, null, simpleName);
    }

    /** The name of a class object (not a primitive nor an array). */
    public static ClassName get(Class<?> type) {
        if (type.isPrimitive() || type.isArray()) {
            throw new IllegalArgumentException("not a class: " + type);
        }
        if (type.getEnclosingClass() == null) {
            int dot = type.getName().lastIndexOf('.');
            return new ClassName(dot == -1 ? "" : type.getName().substring(0, dot), null, type.getSimpleName());
        }
        return get(type.getEnclosingClass()).nestedClass(type.getSimpleName());
    }

    /** The name of a type element (a type the compiler could not find, of no package, by its simple name). */
    public static ClassName get(TypeElement element) {
        String simple = element.getSimpleName().toString();
        Element outer = element.getEnclosingElement();
        if (outer instanceof TypeElement) {
            return get((TypeElement) outer).nestedClass(simple);
        }
        if (outer instanceof PackageElement) {
            return new ClassName(((PackageElement) outer).getQualifiedName().toString(), null, simple);
        }
        if (outer instanceof ExecutableElement || outer instanceof VariableElement || outer instanceof TypeParameterElement) {
            throw new IllegalArgumentException("Unexpected type nesting: " + element);
        }
        return new ClassName("", null, simple);
    }

    /**
     * The class a qualified name most likely means: lower-case leading segments are the package, each upper-case
     * segment after them a class.
     */
    public static ClassName bestGuess(String name) {
        int p = 0;
        while (p < name.length() && Character.isLowerCase(name.codePointAt(p))) {
            p = name.indexOf('.', p) + 1;
            if (p == 0) {
                throw new IllegalArgumentException("couldn't make a guess for " + name);
            }
        }
        String pkg = p == 0 ? "" : name.substring(0, p - 1);
        ClassName c = null;
        for (String s : name.substring(p).split("\\.", -1)) {
            if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0))) {
                throw new IllegalArgumentException("couldn't make a guess for " + name);
            }
            c = new ClassName(pkg, c, s);
        }
        return c;
    }

    public String packageName() {
        return packageName;
    }

    public String simpleName() {
        return simpleName;
    }

    public String canonicalName() {
        return canonicalName;
    }

    /** The enclosing class, or null for a top-level class. */
    ClassName enclosingClassName() {
        return enclosing;
    }

    ClassName topLevelClassName() {
        return enclosing != null ? enclosing.topLevelClassName() : this;
    }

    /** The simple names from the top-level class down to this one. */
    public List<String> simpleNames() {
        List<String> s = simpleNames;
        if (s == null) {
            List<String> out = new ArrayList<>();
            for (ClassName c = this; c != null; c = c.enclosing) {
                out.add(c.simpleName);
            }
            Collections.reverse(out);
            simpleNames = s = Collections.unmodifiableList(out);
        }
        return s;
    }

    public ClassName nestedClass(String name) {
        return new ClassName(packageName, this, name);
    }

    /** The class named {@code name} beside this one (in its enclosing class, or its package). */
    public ClassName peerClass(String name) {
        return new ClassName(packageName, enclosing, name);
    }

    @Override
    public int compareTo(ClassName o) {
        return canonicalName.compareTo(o.canonicalName);
    }

    @Override
    void emit(SourceWriter out) {
        String name = out.lookupName(this);
        int dot = name.lastIndexOf('.');
        out.emitAndIndent(name.substring(0, dot + 1));
        out.emitAndIndent(name.substring(dot + 1));
    }
}
