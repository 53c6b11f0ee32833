package dev.corekit.spring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link CorekitPropertiesException} into the start-up report: the property, what is wrong, what to set. */
final class CorekitPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<CorekitPropertiesException> {
    CorekitPropertiesFailureAnalyzer() {}

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CorekitPropertiesException cause) {
        String description = "corekit is configured wrongly: " + cause.getMessage();
        return new FailureAnalysis(description, cause.action(), cause);
    }
}
