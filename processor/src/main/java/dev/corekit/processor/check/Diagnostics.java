package dev.corekit.processor.check;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports diagnostics for one declaration and remembers whether any was an error. */
public final class Diagnostics {
    private final Messager messager;
    private boolean errors;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    public void error(Element element, Message message, Object... args) {
        errors = true;
        messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
    }

    public void error(
            Element element, AnnotationMirror annotation, AnnotationValue value, Message message, Object... args) {
        errors = true;
        if (annotation == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
        } else if (value == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element, annotation, value);
        }
    }

    public void warning(Element element, Message message, Object... args) {
        messager.printMessage(Diagnostic.Kind.WARNING, message.format(args), element);
    }

    public boolean hasErrors() {
        return errors;
    }
}
