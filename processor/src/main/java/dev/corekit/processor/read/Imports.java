package dev.corekit.processor.read;

import com.sun.source.tree.ImportTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** The simple names a declaration's source file imports one by one; they hide types of the declaration's package. */
final class Imports {
    private Imports() {}

    /** Read through javac's tree API; empty where there is none (another compiler, or javac behind a wrapper). */
    static Set<String> singleType(ProcessingEnvironment environment, TypeElement element) {
        try {
            TreePath path = Trees.instance(environment).getPath(element);
            if (path == null) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            for (ImportTree tree : path.getCompilationUnit().getImports()) {
                String name = tree.getQualifiedIdentifier().toString();
                String simple = name.substring(name.lastIndexOf('.') + 1);
                if (!tree.isStatic() && !simple.equals("*")) {
                    names.add(simple);
                }
            }
            return names;
        } catch (IllegalArgumentException | LinkageError notJavac) {
            return Set.of();
        }
    }
}
