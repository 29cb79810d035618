package dev.oxprops.processor.diag;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Puts a diagnostic on one annotation of a repeated annotation ({@code @Implies} written twice), which javac's
 * {@code Messager} cannot: javac wraps the repetitions in a container annotation that has no source tree, and for an
 * annotation inside it reports on the annotated element instead. This class finds the n-th annotation tree of that
 * type through the javac tree API ({@code com.sun.source}) and prints there. Under another compiler (Eclipse's),
 * {@link #create} returns null and the {@code Messager}'s place is used.
 */
final class RepeatedLocator {
    private final Trees trees;

    private RepeatedLocator(Trees trees) {
        this.trees = trees;
    }

    /** A locator, or null when the compiler has no javac tree API. */
    static RepeatedLocator create(ProcessingEnvironment env) {
        try {
            return new RepeatedLocator(Trees.instance(env));
        } catch (IllegalArgumentException | LinkageError e) {
            return null;
        }
    }

    /** Prints at the site's repeated annotation; false when the site is not inside a container annotation. */
    boolean print(Diagnostic.Kind kind, String text, Site site) {
        if (site.annotation() == null) {
            return false;
        }
        for (AnnotationMirror container : site.element().getAnnotationMirrors()) {
            List<?> items = containerItems(container);
            for (int i = 0; i < items.size(); i++) {
                AnnotationMirror item = (AnnotationMirror) ((AnnotationValue) items.get(i)).getValue();
                if (contains(item, site.annotation())) {
                    return print(kind, text, site, item, i);
                }
            }
        }
        return false;
    }

    private boolean print(Diagnostic.Kind kind, String text, Site site, AnnotationMirror item, int index) {
        TreePath path = trees.getPath(site.element());
        if (path == null) {
            return false;
        }
        Tree decl = path.getLeaf();
        ModifiersTree mods = decl instanceof ClassTree ? ((ClassTree) decl).getModifiers()
                : decl instanceof MethodTree ? ((MethodTree) decl).getModifiers() : null;
        if (mods == null) {
            return false;
        }
        String simple = item.getAnnotationType().asElement().getSimpleName().toString();
        int seen = 0;
        for (AnnotationTree a : mods.getAnnotations()) {
            String type = a.getAnnotationType().toString();
            if (type.equals(simple) || type.endsWith("." + simple)) {
                if (seen++ == index) {
                    Tree at = site.annotation() == item ? argument(a, item, site.value()) : a;
                    trees.printMessage(kind, text, at, path.getCompilationUnit());
                    return true;
                }
            }
        }
        return false;
    }

    /** The {@code name = value} argument holding {@code value}, or the annotation. */
    private static Tree argument(AnnotationTree a, AnnotationMirror item, AnnotationValue value) {
        if (value == null) {
            return a;
        }
        String name = null;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : item.getElementValues().entrySet()) {
            if (e.getValue() == value) {
                name = e.getKey().getSimpleName().toString();
            }
        }
        for (ExpressionTree arg : a.getArguments()) {
            if (arg instanceof AssignmentTree && ((AssignmentTree) arg).getVariable() instanceof IdentifierTree
                    && ((IdentifierTree) ((AssignmentTree) arg).getVariable()).getName().contentEquals(String.valueOf(name))) {
                return arg;
            }
        }
        return a;
    }

    /** The items of a container annotation (its {@code value} is an array of annotations), or an empty list. */
    private static List<?> containerItems(AnnotationMirror m) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : m.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("value") && e.getValue().getValue() instanceof List) {
                List<?> list = (List<?>) e.getValue().getValue();
                if (!list.isEmpty() && ((AnnotationValue) list.get(0)).getValue() instanceof AnnotationMirror
                        && m.getAnnotationType().asElement().getSimpleName().contentEquals("List")) {
                    return list;
                }
            }
        }
        return List.of();
    }

    /** Whether {@code m} is {@code target} or holds it in one of its values, at any depth. */
    private static boolean contains(AnnotationMirror m, AnnotationMirror target) {
        if (m == target) {
            return true;
        }
        for (AnnotationValue v : m.getElementValues().values()) {
            Object o = v.getValue();
            if (o instanceof AnnotationMirror && contains((AnnotationMirror) o, target)) {
                return true;
            }
            if (o instanceof List) {
                for (Object x : (List<?>) o) {
                    Object y = ((AnnotationValue) x).getValue();
                    if (y instanceof AnnotationMirror && contains((AnnotationMirror) y, target)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
