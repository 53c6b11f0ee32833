package dev.corekit.sandbox.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses CORE's {@code where} filter language as documented:
 *
 * <pre>
 * expression := and ( OR and )*
 * and        := term ( AND term )*
 * term       := '(' expression ')' | field IS [NOT] NULL | field operator literal
 * operator   := '=' | '&lt;&gt;' | '&lt;' | '&lt;=' | '&gt;' | '&gt;='
 * literal    := 'text' (a quote inside doubled: 'O''Brien') | number | TRUE | FALSE
 * field      := name ( '.' name )*     name := [A-Za-z_][A-Za-z0-9_]*
 * </pre>
 *
 * {@code AND} binds tighter than {@code OR}; keywords ignore case. Dates are string literals
 * ({@code lastUpdated>='2025-01-01T00:00:00'}). Anything else, such as {@code !=}, {@code LIKE}, {@code NOT} before a
 * term or {@code = null}, is refused with a message naming the 1-based position, because a filter CORE might read
 * differently is better refused than guessed.
 *
 * <p>An expression longer than {@value #MAX_LENGTH} characters (IIS's default query-string limit, which CORE sits
 * behind) or with parentheses nested deeper than {@value #MAX_DEPTH} is refused with {@code 400} naming the limit, so
 * that no expression can exhaust the parser's stack; a number out of range (say {@code 1e99999999999}) is a
 * {@code 400} too.
 */
final class WhereParser {
    /** The longest expression accepted, in characters. */
    static final int MAX_LENGTH = 2048;

    /** The deepest nesting of parentheses accepted. */
    static final int MAX_DEPTH = 32;

    private static final Set<String> KEYWORDS = Set.of("AND", "OR", "IS", "NOT", "NULL", "TRUE", "FALSE");

    private enum Type {
        OPEN,
        CLOSE,
        OPERATOR,
        STRING,
        NUMBER,
        WORD,
        END
    }

    private record Token(Type type, String text, Object value, int position) {
        boolean isKeyword(String keyword) {
            return type == Type.WORD && text.equalsIgnoreCase(keyword);
        }

        String describe() {
            return type == Type.END ? "the end of the expression" : "'" + text + "'";
        }
    }

    private final String source;
    private final List<Token> tokens;
    private int next;
    private int depth;

    private WhereParser(String source) {
        this.source = source;
        this.tokens = tokenize(source);
    }

    /** Parses {@code source}, or fails with {@code 400} and a message naming what is wrong and where. */
    static Expression parse(String source) {
        if (source.length() > MAX_LENGTH) {
            throw CoreErrors.badRequest("Invalid where expression: it is " + source.length()
                    + " characters long; the sandbox accepts at most " + MAX_LENGTH + ".");
        }
        WhereParser parser = new WhereParser(source);
        Expression expression = parser.or();
        Token trailing = parser.peek();
        if (trailing.type() != Type.END) {
            String what = trailing.type() == Type.CLOSE
                    ? "')' without a matching '('"
                    : "unexpected " + trailing.describe() + " (expected AND or OR)";
            throw parser.error(what, trailing.position());
        }
        return expression;
    }

    private Expression or() {
        Expression left = and();
        while (peek().isKeyword("OR")) {
            next++;
            left = new Expression.Or(left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = term();
        while (peek().isKeyword("AND")) {
            next++;
            left = new Expression.And(left, term());
        }
        return left;
    }

    private Expression term() {
        Token token = take();
        if (token.type() == Type.OPEN) {
            if (++depth > MAX_DEPTH) {
                throw error(
                        "parentheses nest deeper than " + MAX_DEPTH + " levels, the most the sandbox accepts",
                        token.position());
            }
            Expression inner = or();
            depth--;
            Token close = take();
            if (close.type() != Type.CLOSE) {
                throw error(
                        "expected ')' to close the '(' at position " + token.position() + ", found " + close.describe(),
                        close.position());
            }
            return inner;
        }
        if (token.type() != Type.WORD || KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT))) {
            throw error("expected a field name or '(', found " + token.describe(), token.position());
        }
        Expression.FieldRef field = new Expression.FieldRef(token.text(), token.position());
        Token operator = take();
        if (operator.isKeyword("IS")) {
            boolean negated = peek().isKeyword("NOT");
            if (negated) {
                next++;
            }
            Token nullWord = take();
            if (!nullWord.isKeyword("NULL")) {
                throw error(
                        "expected NULL after 'is" + (negated ? " not" : "") + "', found " + nullWord.describe(),
                        nullWord.position());
            }
            return new Expression.NullCheck(field, negated);
        }
        if (operator.type() == Type.WORD) {
            throw error("unknown operator '" + operator.text() + "'", operator.position());
        }
        if (operator.type() != Type.OPERATOR) {
            throw error(
                    "expected an operator (=, <>, <, <=, >, >=, is null, is not null) after '" + field.name()
                            + "', found " + operator.describe(),
                    operator.position());
        }
        Expression.Operator op = Expression.Operator.of(operator.text())
                .orElseThrow(() -> error("unknown operator '" + operator.text() + "'", operator.position()));
        return new Expression.Comparison(field, op, literal(operator));
    }

    private Object literal(Token operator) {
        Token value = take();
        switch (value.type()) {
            case STRING:
            case NUMBER:
                return value.value();
            case WORD:
                if (value.isKeyword("TRUE") || value.isKeyword("FALSE")) {
                    return Boolean.valueOf(value.text().toLowerCase(Locale.ROOT));
                }
                if (value.isKeyword("NULL")) {
                    throw error("cannot compare with null; write 'is null' or 'is not null'", value.position());
                }
                throw error(
                        "expected a value ('text', a number, true or false) after '" + operator.text() + "', found "
                                + value.describe() + " (fields compare only with values)",
                        value.position());
            default:
                throw error(
                        "expected a value ('text', a number, true or false) after '" + operator.text() + "', found "
                                + value.describe(),
                        value.position());
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.type() != Type.END) {
            next++;
        }
        return token;
    }

    private ApiException error(String what, int position) {
        return error(source, what, position);
    }

    private static ApiException error(String source, String what, int position) {
        return CoreErrors.badRequest(
                "Invalid where expression: " + what + " at position " + position + " in \"" + source + "\".");
    }

    private static BigDecimal number(String source, String text, int position) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            // BigDecimal's scale is an int: an exponent past it is out of any range CORE stores.
            throw error(source, "the number '" + text + "' is out of range", position);
        }
    }

    private static List<Token> tokenize(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = source.length();
        while (i < length) {
            char c = source.charAt(i);
            int position = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Type.OPEN, "(", null, position));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Type.CLOSE, ")", null, position));
                i++;
            } else if (c == '\'') {
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= length) {
                        throw error(source, "the string starting here has no closing quote", position);
                    }
                    char d = source.charAt(j);
                    if (d == '\'') {
                        if (j + 1 < length && source.charAt(j + 1) == '\'') {
                            text.append('\'');
                            j += 2;
                            continue;
                        }
                        j++;
                        break;
                    }
                    text.append(d);
                    j++;
                }
                tokens.add(new Token(Type.STRING, source.substring(i, j), text.toString(), position));
                i = j;
            } else if ("=<>!".indexOf(c) >= 0) {
                int j = i;
                while (j < length && "=<>!".indexOf(source.charAt(j)) >= 0) {
                    j++;
                }
                tokens.add(new Token(Type.OPERATOR, source.substring(i, j), null, position));
                i = j;
            } else if (Character.isDigit(c)
                    || (c == '-' && i + 1 < length && Character.isDigit(source.charAt(i + 1)))) {
                int j = i + 1;
                while (j < length
                        && (Character.isLetterOrDigit(source.charAt(j)) || ".+-".indexOf(source.charAt(j)) >= 0)) {
                    // Takes the whole run (1.5e-3, also 12ab) so that a malformed number is reported as one token.
                    if ((source.charAt(j) == '+' || source.charAt(j) == '-')
                            && Character.toLowerCase(source.charAt(j - 1)) != 'e') {
                        break;
                    }
                    j++;
                }
                String text = source.substring(i, j);
                if (!text.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                    throw error(source, "'" + text + "' is not a number", position);
                }
                tokens.add(new Token(Type.NUMBER, text, number(source, text, position), position));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < length
                        && (Character.isLetterOrDigit(source.charAt(j))
                                || source.charAt(j) == '_'
                                || (source.charAt(j) == '.'
                                        && j + 1 < length
                                        && (Character.isLetter(source.charAt(j + 1))
                                                || source.charAt(j + 1) == '_')))) {
                    j++;
                }
                tokens.add(new Token(Type.WORD, source.substring(i, j), null, position));
                i = j;
            } else {
                throw error(source, "unexpected character '" + c + "'", position);
            }
        }
        tokens.add(new Token(Type.END, "", null, length + 1));
        return tokens;
    }
}
