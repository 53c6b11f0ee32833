package dev.corekit.client;

import dev.corekit.annotation.CoreModel;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A line of a transaction ({@code lineItems}, {@code refundLineItems}): of bills, checks, credit card transactions,
 * credit memos, deposits, general journal entries, invoices, payments, purchase orders and vendor credits.
 *
 * <p>CORE does not document line items; only fields whose meaning and type follow from CORE's conventions are
 * declared, and every type is inferred. The lines of different transactions differ; what a line carries beyond these
 * fields is kept in {@code unknownProperties()} and written back.
 */
@CoreModel
public interface LineItemModel {
    /**
     * The line's id. Type inferred: {@code UUID}, as CORE's ids are.
     *
     * @return the id
     */
    UUID id();

    /**
     * What the line is for. Type inferred: {@code String}.
     *
     * @return the description
     */
    String description();

    /**
     * The line's amount. Type inferred: {@code BigDecimal}, a money amount.
     *
     * @return the amount
     */
    BigDecimal amount();

    /**
     * The account the line posts to. Type inferred: {@code UUID}, an id.
     *
     * @return the account id
     */
    UUID accountId();

    /**
     * The project the line belongs to. Type inferred: {@code UUID}, an id.
     *
     * @return the project id
     */
    UUID projectId();
}
