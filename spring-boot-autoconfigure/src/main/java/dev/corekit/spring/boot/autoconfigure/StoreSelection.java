package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.spring.boot.autoconfigure.CorekitProperties.StoreType;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code corekit.store.type} lets the JDBC store apply: {@code auto} (the default) or {@code jdbc}. */
final class StoreSelection extends SpringBootCondition {
    StoreSelection() {}

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        StoreType type = Binder.get(context.getEnvironment())
                .bind("corekit.store.type", StoreType.class)
                .orElse(StoreType.AUTO);
        return type == StoreType.AUTO || type == StoreType.JDBC
                ? ConditionOutcome.match("corekit.store.type is " + type.name().toLowerCase(java.util.Locale.ROOT))
                : ConditionOutcome.noMatch(
                        "corekit.store.type is " + type.name().toLowerCase(java.util.Locale.ROOT));
    }
}
