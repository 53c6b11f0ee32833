package dev.corekit.sandbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.corekit.sandbox.api.Expression.And;
import dev.corekit.sandbox.api.Expression.Comparison;
import dev.corekit.sandbox.api.Expression.NullCheck;
import dev.corekit.sandbox.api.Expression.Operator;
import dev.corekit.sandbox.api.Expression.Or;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhereParserTest {

    @Test
    void andBindsTighterThanOr() {
        Expression parsed = WhereParser.parse("a=1 OR b=2 AND c=3");

        assertThat(parsed).isInstanceOf(Or.class);
        assertThat(((Or) parsed).right()).isInstanceOf(And.class);
    }

    @Test
    void parenthesesOverridePrecedence() {
        Expression parsed = WhereParser.parse("(a=1 OR b=2) AND c=3");

        assertThat(parsed).isInstanceOf(And.class);
        assertThat(((And) parsed).left()).isInstanceOf(Or.class);
    }

    @Test
    void literalsAndOperatorsAreRead() {
        Comparison text = (Comparison) WhereParser.parse("name <> 'it''s'");
        Comparison number = (Comparison) WhereParser.parse("rate>=-12.50");
        Comparison flag = (Comparison) WhereParser.parse("billable = True");
        NullCheck notNull = (NullCheck) WhereParser.parse("parentId is NOT null");

        assertThat(text.operator()).isEqualTo(Operator.NE);
        assertThat(text.literal()).isEqualTo("it's");
        assertThat(number.operator()).isEqualTo(Operator.GE);
        assertThat((BigDecimal) number.literal()).isEqualByComparingTo("-12.5");
        assertThat(flag.literal()).isEqualTo(true);
        assertThat(notNull.negated()).isTrue();
        assertThat(notNull.field().name()).isEqualTo("parentId");
    }

    @Test
    void fieldReferencesCarryTheirPosition() {
        List<Expression.FieldRef> refs = new ArrayList<>();

        WhereParser.parse("code='DEV' AND lastUpdated>='2025-01-01T00:00:00'").fieldRefs(refs);

        assertThat(refs)
                .containsExactly(new Expression.FieldRef("code", 1), new Expression.FieldRef("lastUpdated", 16));
    }

    @Test
    void errorsAre400WithThePosition() {
        assertThatThrownBy(() -> WhereParser.parse("a=1 AND (b=2 OR c LIKE 'x')"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.answer().status()).isEqualTo(400);
                    assertThat(e.answer().body().get("Message").asText())
                            .isEqualTo("Invalid where expression: unknown operator 'LIKE' at position 19 in"
                                    + " \"a=1 AND (b=2 OR c LIKE 'x')\".");
                });
        assertThatThrownBy(() -> WhereParser.parse(""))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.answer().body().get("Message").asText())
                                .contains("expected a field name or '('")
                                .contains("at position 1"));
    }

    @Test
    void valuesCompareDatesAsDatesAndTextIgnoringCase() {
        assertThat(Values.compare(TextNode.valueOf("2025-02-01T00:00:00"), "2025-02-01"))
                .isZero();
        assertThat(Values.compare(TextNode.valueOf("2025-02-01T00:00:01"), "2025-02-01"))
                .isPositive();
        assertThat(Values.compare(TextNode.valueOf("Alpha"), "ALPHA")).isZero();
        assertThat(Values.compare(TextNode.valueOf("abc"), new BigDecimal("1"))).isNull();
        assertThat(Values.compare(null, "x")).isNull();
    }
}
