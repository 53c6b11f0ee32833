package dev.corekit.client;

import dev.corekit.annotation.CoreModel;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A share of a transaction's amount posted to one account ({@code accountSplits}).
 *
 * <p>CORE does not document these objects; only fields whose meaning and type follow from CORE's conventions are
 * declared, and every type is inferred. Other properties (debit and credit columns, for instance) are kept in
 * {@code unknownProperties()} and written back.
 */
@CoreModel
public interface AccountSplitModel {
    /**
     * The split's id. Type inferred: {@code UUID}, as CORE's ids are.
     *
     * @return the id
     */
    UUID id();

    /**
     * The account. Type inferred: {@code UUID}, an id.
     *
     * @return the account id
     */
    UUID accountId();

    /**
     * The account's display name. Type inferred: {@code String}, the name beside {@code accountId}.
     *
     * @return the account
     */
    String account();

    /**
     * The amount posted. Type inferred: {@code BigDecimal}, a money amount.
     *
     * @return the amount
     */
    BigDecimal amount();
}
