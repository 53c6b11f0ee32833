package dev.corekit.client;

import dev.corekit.annotation.CoreModel;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An expense item bought on a bill, check or credit card transaction ({@code expenseItems}).
 *
 * <p>CORE does not document these objects; only fields whose meaning and type follow from CORE's conventions are
 * declared, and every type is inferred. Other properties are kept in {@code unknownProperties()} and written back.
 */
@CoreModel
public interface ExpenseItemModel {
    /**
     * The item's id. Type inferred: {@code UUID}, as CORE's ids are.
     *
     * @return the id
     */
    UUID id();

    /**
     * The expense item ({@code expense}) bought. Type inferred: {@code UUID}, an id.
     *
     * @return the expense id
     */
    UUID expenseId();

    /**
     * The project the expense is for. Type inferred: {@code UUID}, an id.
     *
     * @return the project id
     */
    UUID projectId();

    /**
     * What was bought. Type inferred: {@code String}.
     *
     * @return the description
     */
    String description();

    /**
     * The amount. Type inferred: {@code BigDecimal}, a money amount.
     *
     * @return the amount
     */
    BigDecimal amount();
}
