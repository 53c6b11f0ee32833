package dev.corekit.client;

import dev.corekit.annotation.CoreModel;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A vendor bill paid by a check or credit card transaction ({@code billItems}).
 *
 * <p>CORE does not document these objects; only fields whose meaning and type follow from CORE's conventions are
 * declared, and every type is inferred. Other properties are kept in {@code unknownProperties()} and written back.
 */
@CoreModel
public interface BillItemModel {
    /**
     * The item's id. Type inferred: {@code UUID}, as CORE's ids are.
     *
     * @return the id
     */
    UUID id();

    /**
     * The bill paid. Type inferred: {@code UUID}, an id.
     *
     * @return the bill id
     */
    UUID billId();

    /**
     * The amount paid on it. Type inferred: {@code BigDecimal}, a money amount.
     *
     * @return the amount
     */
    BigDecimal amount();
}
