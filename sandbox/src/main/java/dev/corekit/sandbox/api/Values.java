package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * How the sandbox compares values, for {@code where} and {@code orderBy}. It follows SQL Server with its default
 * case-insensitive collation, which CORE is assumed to query: strings compare ignoring case; two strings that are
 * both ISO dates or date-times ({@code 2025-01-31}, {@code 2025-01-31T08:00:00}) compare as points in time, so a date
 * equals midnight of that day; a number compares with a string holding a number; a boolean compares with
 * {@code true}/{@code false}, {@code 1}/{@code 0} or {@code 'true'}/{@code 'false'}.
 */
final class Values {
    private Values() {}

    /**
     * Compares a stored value with a literal of a {@code where} expression: negative, zero or positive, or
     * {@code null} when they cannot be compared: the value is missing or {@code null} (SQL's unknown, so no
     * comparison matches, {@code <>} included), an array or object, or of a type the literal does not convert to.
     */
    static Integer compare(JsonNode value, Object literal) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            BigDecimal other = literal instanceof BigDecimal number
                    ? number
                    : literal instanceof String text ? number(text) : null;
            return other == null ? null : Integer.signum(value.decimalValue().compareTo(other));
        }
        if (value.isBoolean()) {
            Boolean other = bool(literal);
            return other == null ? null : Boolean.compare(value.booleanValue(), other);
        }
        if (value.isTextual()) {
            String text = value.textValue();
            if (literal instanceof String other) {
                return compareText(text, other);
            }
            if (literal instanceof BigDecimal other) {
                BigDecimal number = number(text);
                return number == null ? null : Integer.signum(number.compareTo(other));
            }
            Boolean flag = bool(text);
            Boolean other = bool(literal);
            return flag == null || other == null ? null : Boolean.compare(flag, other);
        }
        return null;
    }

    /**
     * A total order for sorting: missing and {@code null} first (as SQL Server sorts NULL in ascending order), then
     * booleans, numbers, strings, and last arrays and objects.
     */
    static int order(JsonNode a, JsonNode b) {
        int rank = Integer.compare(rank(a), rank(b));
        if (rank != 0) {
            return rank;
        }
        switch (rank(a)) {
            case 0:
                return 0;
            case 1:
                return Boolean.compare(a.booleanValue(), b.booleanValue());
            case 2:
                return a.decimalValue().compareTo(b.decimalValue());
            case 3:
                return compareText(a.textValue(), b.textValue());
            default:
                return a.toString().compareTo(b.toString());
        }
    }

    private static int rank(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return 0;
        }
        if (node.isBoolean()) {
            return 1;
        }
        if (node.isNumber()) {
            return 2;
        }
        return node.isTextual() ? 3 : 4;
    }

    /** Two strings: as date-times when both are ISO dates or date-times, else ignoring case. */
    static int compareText(String a, String b) {
        LocalDateTime first = dateTime(a);
        LocalDateTime second = first == null ? null : dateTime(b);
        if (second != null) {
            return Integer.signum(first.compareTo(second));
        }
        return Integer.signum(a.compareToIgnoreCase(b));
    }

    /** {@code 2025-01-31} (as midnight) or {@code 2025-01-31T08:00[:00[.fff]]}, else {@code null}. */
    static LocalDateTime dateTime(String text) {
        if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(Object literal) {
        if (literal instanceof Boolean flag) {
            return flag;
        }
        if (literal instanceof BigDecimal number) {
            if (number.compareTo(BigDecimal.ZERO) == 0) {
                return false;
            }
            return number.compareTo(BigDecimal.ONE) == 0 ? true : null;
        }
        if (literal instanceof String text) {
            if (text.equalsIgnoreCase("true")) {
                return true;
            }
            return text.equalsIgnoreCase("false") ? false : null;
        }
        return null;
    }
}
