package dev.corekit.processor.output;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.corekit.processor.CoreProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/** The declarations the output tests compile, and helpers to compile them. */
final class Sources {
    static final JavaFileObject TAG_MODEL = JavaFileObjects.forSourceLines(
            "com.acme.core.TagModel",
            "package com.acme.core;",
            "",
            "import dev.corekit.annotation.CoreModel;",
            "",
            "/** A label on a project. */",
            "@CoreModel",
            "public interface TagModel {",
            "    /** The label's text. */",
            "    String label();",
            "",
            "    int weight();",
            "}");

    static final JavaFileObject TASK_RESOURCE = JavaFileObjects.forSourceLines(
            "com.acme.core.TaskResource",
            "package com.acme.core;",
            "",
            "import dev.corekit.annotation.CoreEndpoint;",
            "import dev.corekit.annotation.CoreEntity;",
            "import dev.corekit.annotation.CoreResource;",
            "import dev.corekit.runtime.CoreQuery;",
            "import java.util.List;",
            "import java.util.UUID;",
            "",
            "/** A task of a project. */",
            "@CoreResource(path = \"task\")",
            "public interface TaskResource extends CoreEntity {",
            "    String title();",
            "",
            "    List<TagModel> tags();",
            "",
            "    /** The task's sub-tasks. */",
            "    @CoreEndpoint(method = CoreEndpoint.HttpMethod.GET, path = \"{id}/subtasks\")",
            "    List<TaskResource> subtasks(UUID id, CoreQuery query);",
            "}");

    static final JavaFileObject LEAD_RESOURCE = JavaFileObjects.forSourceLines(
            "com.acme.core.crm.LeadResource",
            "package com.acme.core.crm;",
            "",
            "import dev.corekit.annotation.CoreResource;",
            "import dev.corekit.annotation.Operation;",
            "",
            "@CoreResource(path = \"crm/lead\", operations = {Operation.LIST})",
            "public interface LeadResource {",
            "    String name();",
            "}");

    static final List<JavaFileObject> ALL = List.of(TAG_MODEL, TASK_RESOURCE, LEAD_RESOURCE);

    private Sources() {}

    static Compilation compile(List<JavaFileObject> sources, String... options) {
        return Compiler.javac()
                .withProcessors(new CoreProcessor())
                .withOptions((Object[]) options)
                .compile(sources);
    }

    /** Every generated source, by name, with its exact text. */
    static Map<String, String> generatedSources(Compilation compilation) {
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try {
                files.put(file.toUri().getPath(), file.getCharContent(true).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
