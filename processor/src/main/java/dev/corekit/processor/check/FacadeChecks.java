package dev.corekit.processor.check;

import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.write.FacadePlan;
import javax.annotation.processing.Messager;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;

/** Checks the facade option and the facade's plan. */
public final class FacadeChecks {
    private FacadeChecks() {}

    /**
     * Reports an option {@code corekit.facade} that names no class.
     *
     * @param option the option's value
     * @param messager where to report
     * @return whether it names a class
     */
    public static boolean checkOption(String option, Messager messager) {
        if (isQualifiedName(option)) {
            return true;
        }
        messager.printMessage(Diagnostic.Kind.ERROR, Message.FACADE_OPTION_INVALID.format(option));
        return false;
    }

    /**
     * {@return whether {@code name} is a qualified class name the facade can have}
     *
     * @param name the option's value
     */
    public static boolean isQualifiedName(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!SourceVersion.isIdentifier(part) || SourceVersion.isKeyword(part)) {
                return false;
            }
        }
        return Character.isUpperCase(parts[parts.length - 1].charAt(0));
    }

    /**
     * Warns of each resource the facade leaves out and reports each clash on the resource that lost; returns whether
     * the facade can be written.
     *
     * @param plan the facade's plan
     * @param messager where to report
     * @return whether the facade can be written
     */
    public static boolean check(FacadePlan plan, Messager messager) {
        String facade = plan.facade().canonicalName();
        for (DeclarationModel model : plan.outside()) {
            new Diagnostics(messager)
                    .warning(
                            model.element(),
                            Message.FACADE_OUTSIDE_PACKAGE,
                            model.element().getSimpleName(),
                            plan.facade().packageName(),
                            model.api().simpleName());
        }
        for (FacadePlan.Clash clash : plan.clashes()) {
            new Diagnostics(messager)
                    .error(
                            clash.model().element(),
                            Message.FACADE_NAME_CLASH,
                            clash.model().element().getSimpleName(),
                            clash.previous().element().getSimpleName(),
                            clash.method(),
                            facade);
        }
        return plan.clashes().isEmpty();
    }
}
