/**
 * The catalogue of BQE CORE resources: one {@code @CoreResource} declaration per collection CORE serves
 * ({@code FooResource}), compiled by {@code corekit-processor} into the immutable DTO {@code Foo} and the Feign client
 * {@code FooApi} beside it, and the facade {@link dev.corekit.client.Core} with one method per resource
 * ({@code new Core(coreClient).timeEntries().list(query)}).
 *
 * <p>This package holds the collections directly below the API base ({@code activity}, {@code timeentry}, ...), the
 * nested objects they share ({@code AddressModel}, {@code LineItemModel}, {@code CustomFieldDataModel}, ...) and
 * CORE's enumerations ({@link dev.corekit.client.BilledStatus}, ...). Collections below a path segment live in the
 * sub-package of that name ({@code crm/lead}: {@code dev.corekit.client.crm}).
 *
 * <p>The fields and their types come from the project's catalogue ({@code core-api/collections.tsv}). Where it gives
 * no type, the declaration infers one from the field's name and says so on the accessor ("Type inferred: ..."); a
 * property CORE sends that a declaration does not know, or an enum value it lacks, is kept and written back.
 *
 * <p>No field is a {@code Double}: every number that may carry a fraction (money, rates, percentages, taxes, hours,
 * quantities) is a {@code BigDecimal}, so that CORE's decimals come back digit for digit; the catalogue's
 * {@code double} columns are declared this way too. Whole numbers are {@code Integer}.
 */
package dev.corekit.client;
