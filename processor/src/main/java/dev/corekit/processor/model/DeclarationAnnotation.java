package dev.corekit.processor.model;

import javax.lang.model.element.AnnotationMirror;

/**
 * The annotation that makes an interface a declaration, read once. {@code mirror} is the annotation diagnostics point
 * at; {@code conflicting} is the {@code @CoreModel} of an interface that is also a {@code @CoreResource} (else
 * {@code null}); {@code resource} holds {@code @CoreResource}'s values ({@code null} for a model).
 */
public record DeclarationAnnotation(
        DeclarationKind kind, AnnotationMirror mirror, AnnotationMirror conflicting, ResourceAnnotation resource) {}
