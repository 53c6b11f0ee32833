package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code where} filter (see {@link WhereParser}): comparisons of a field with a literal, null checks, and
 * {@code AND}/{@code OR} of those.
 */
sealed interface Expression {

    /** Whether {@code object} passes the filter. */
    boolean test(JsonNode object);

    /** Adds every field this expression names to {@code out}, so that unknown names can be reported. */
    void fieldRefs(List<FieldRef> out);

    /**
     * A field name as written in the expression.
     *
     * @param name the name, possibly dotted
     * @param position its 1-based position in the expression, for error messages
     */
    record FieldRef(String name, int position) {}

    /** The comparison operators of CORE's filter language. */
    enum Operator {
        EQ("="),
        NE("<>"),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        static Optional<Operator> of(String symbol) {
            return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst();
        }

        boolean holds(int comparison) {
            return switch (this) {
                case EQ -> comparison == 0;
                case NE -> comparison != 0;
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }
    }

    /** {@code left OR right}. */
    record Or(Expression left, Expression right) implements Expression {
        @Override
        public boolean test(JsonNode object) {
            return left.test(object) || right.test(object);
        }

        @Override
        public void fieldRefs(List<FieldRef> out) {
            left.fieldRefs(out);
            right.fieldRefs(out);
        }
    }

    /** {@code left AND right}. */
    record And(Expression left, Expression right) implements Expression {
        @Override
        public boolean test(JsonNode object) {
            return left.test(object) && right.test(object);
        }

        @Override
        public void fieldRefs(List<FieldRef> out) {
            left.fieldRefs(out);
            right.fieldRefs(out);
        }
    }

    /**
     * {@code field op literal}; the literal is a {@code String}, {@code BigDecimal} or {@code Boolean}. A missing or
     * null field matches no comparison, as NULL does in SQL.
     */
    record Comparison(FieldRef field, Operator operator, Object literal) implements Expression {
        @Override
        public boolean test(JsonNode object) {
            Integer comparison = Values.compare(FieldAccess.lookup(object, field.name()), literal);
            return comparison != null && operator.holds(comparison);
        }

        @Override
        public void fieldRefs(List<FieldRef> out) {
            out.add(field);
        }
    }

    /** {@code field is null} or {@code field is not null}; a missing field is null. */
    record NullCheck(FieldRef field, boolean negated) implements Expression {
        @Override
        public boolean test(JsonNode object) {
            JsonNode value = FieldAccess.lookup(object, field.name());
            boolean isNull = value == null || value.isNull() || value.isMissingNode();
            return negated != isNull;
        }

        @Override
        public void fieldRefs(List<FieldRef> out) {
            out.add(field);
        }
    }
}
