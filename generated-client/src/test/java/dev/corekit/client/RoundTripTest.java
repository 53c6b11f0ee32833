package dev.corekit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.runtime.CoreJson;
import dev.corekit.runtime.ObjectState;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Realistic CORE payloads, with properties and enum values the declarations do not know (at the top level and in
 * nested objects), read with corekit's mapper and written back: the JSON is the same, decimals included.
 */
class RoundTripTest {
    /** corekit's mapper, as {@code CoreClient} uses it. */
    private static final ObjectMapper CORE = CoreJson.mapper();

    /** The mapper a plain-Feign user writes. */
    private static final ObjectMapper PLAIN = new ObjectMapper().findAndRegisterModules();

    /** Compares JSON trees with exact decimals: {@code 12450.00} is not {@code 12450.0}. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    static final String INVOICE = """
            {
              "invoiceNumber": "INV-000123",
              "date": "2025-02-03T00:00:00",
              "status": 1,
              "invoiceAmount": 12450.00,
              "dueDate": "2025-03-05T00:00:00",
              "isManualInvoice": false,
              "isLateFeeInvoice": false,
              "isDraft": false,
              "balance": 2450.50,
              "serviceAmount": 11000.00,
              "expenseAmount": 1200.00,
              "serviceTaxAmount": 187.50,
              "expenseTaxAmount": 62.50,
              "mainServiceTax": 1.705,
              "mainExpenseTax": 5.2083333333333333333,
              "fixedFee": 0,
              "isJointInvoice": false,
              "invoiceDetails": [
                {"projectId": "0b6c6a7e-5b1f-4d0c-9a43-7d6f0e2c9b11", "project": "Riverside Library", "amount": 12450}
              ],
              "lineItems": [
                {
                  "id": "7c1f4e2a-3b5d-4e6f-8a9b-0c1d2e3f4a5b",
                  "description": "Design development",
                  "amount": 11000.00,
                  "accountId": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d",
                  "projectId": "0b6c6a7e-5b1f-4d0c-9a43-7d6f0e2c9b11",
                  "hours": 73.5,
                  "activity": "Design"
                },
                {
                  "id": "8d2e5f3b-4c6e-4f70-9bac-1d2e3f4a5b6c",
                  "description": "Printing",
                  "amount": 1200.00,
                  "accountId": null,
                  "expenseId": "3b4c5d6e-7f8a-4b9c-8d1e-2f3a4b5c6d7e"
                }
              ],
              "invoiceFrom": "2025-01-01T00:00:00",
              "invoiceTo": "2025-01-31T00:00:00",
              "messageOnInvoice": "Thank you for your business.",
              "billingContactId": "4c5d6e7f-8a9b-4c0d-9e2f-3a4b5c6d7e8f",
              "referenceNumber": "PO-7781",
              "rfNumber": null,
              "purchaseOrderNumber": "7781",
              "workflow": [
                {"status": "Approved", "date": "2025-02-03T18:00:00", "memo": null, "approverId": "5d6e7f8a-9b0c-4d1e-8f3a-4b5c6d7e8f90"}
              ],
              "customFields": [
                {"customFieldId": "6e7f8a9b-0c1d-4e2f-9a4b-5c6d7e8f9a01", "label": "Region", "value": "West", "type": "Text", "description": null},
                {"customFieldId": "7f8a9b0c-1d2e-4f3a-8b5c-6d7e8f9a0b12", "label": "Phase", "value": "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c23", "type": 4, "description": "Construction documents", "isRequired": true}
              ],
              "accountSplits": [
                {"id": "8a9b0c1d-2e3f-4a4b-9c6d-7e8f9a0b1c2d", "accountId": "9b0c1d2e-3f4a-4b5c-8d7e-8f9a0b1c2d3e", "account": "Accounts Receivable", "amount": 12450.00, "isDebit": true}
              ],
              "isVoid": false,
              "voidDate": null,
              "accountingDate": "2025-02-03T00:00:00",
              "id": "5f2d9a3e-8c41-4b7a-9d0e-2a6c1f3b7e10",
              "createdOn": "2025-02-03T17:45:12",
              "createdById": "0c1d2e3f-4a5b-4c6d-9e8f-9a0b1c2d3e4f",
              "lastUpdated": "2025-02-04T09:10:00",
              "lastUpdatedById": "0c1d2e3f-4a5b-4c6d-9e8f-9a0b1c2d3e4f",
              "version": "AAAAAAAAB9E=",
              "objectState": "Unchanged",
              "token": 4,
              "miscellaneousAmount": 0.00,
              "type": 0,
              "extendedAccountSplit": null,
              "integrationSourceId": "qb-4711",
              "taxSummary": {"lines": [{"name": "State", "rate": 7.25, "amount": 187}], "exempt": false}
            }
            """;

    static final String PROJECT = """
            {
              "displayName": "RL-01 Riverside Library",
              "name": "Riverside Library",
              "code": "RL-01",
              "phaseName": null,
              "type": 1,
              "rootProjectId": "0b6c6a7e-5b1f-4d0c-9a43-7d6f0e2c9b11",
              "rootProject": "Riverside Library",
              "level": 0,
              "contractType": "Hourly",
              "status": 0,
              "hasChild": true,
              "clientId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "client": "City of Springfield",
              "managerId": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
              "manager": "Ann Lee",
              "contractAmount": 250000.00,
              "startDate": "2025-01-06T00:00:00",
              "dueDate": "2025-12-19T00:00:00",
              "percentComplete": 12.5,
              "parentId": null,
              "memo": "Phase 1 approved by council.",
              "interestRate": 1.50,
              "graceDays": 30,
              "recurringFrequency": null,
              "recurringAmount": 0,
              "mainServiceTax": 0.000,
              "sendInvoiceToContact": true,
              "address": {
                "addressLine1": "100 Main St",
                "addressLine2": "",
                "city": "Springfield",
                "stateCode": "IL",
                "zip": "62701",
                "country": "United States",
                "communications": [{"typeId": "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b", "type": "Phone", "value": "(217) 555-0100"}]
              },
              "rules": {"requireMemo": true, "budgetedActivitiesOnly": false},
              "retainagePercent": 10,
              "retainageLimit": 25000.00,
              "fixedFee": 0,
              "phaseOrder": 1,
              "customFields": [],
              "assignedGroups": [{"groupId": "4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c", "group": "Public sector"}],
              "classId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
              "class": "Architecture",
              "id": "0b6c6a7e-5b1f-4d0c-9a43-7d6f0e2c9b11",
              "createdOn": "2025-01-02T08:00:00",
              "createdById": "0c1d2e3f-4a5b-4c6d-9e8f-9a0b1c2d3e4f",
              "lastUpdated": "2025-02-10T16:20:05",
              "lastUpdatedById": "0c1d2e3f-4a5b-4c6d-9e8f-9a0b1c2d3e4f",
              "version": "AAAAAAAAB9I=",
              "objectState": 1,
              "token": 9,
              "CompletedOn": null,
              "completedOn": "2025-06-30T00:00:00",
              "expenseContract": 15000.00,
              "serviceContract": 235000.00,
              "integrationSourceId": null
            }
            """;

    static final String TIME_ENTRY = """
            {
              "date": "2025-03-03T00:00:00",
              "activityId": "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e",
              "activity": "Design",
              "projectId": "0b6c6a7e-5b1f-4d0c-9a43-7d6f0e2c9b11",
              "project": "RL-01 Riverside Library",
              "resourceId": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
              "resource": "Ann Lee",
              "billable": true,
              "billStatus": "Unbilled",
              "description": "Floor plan revisions",
              "actualHours": 7.5,
              "clientHours": 7.25,
              "billRate": 150.0,
              "costRate": 62.5,
              "overtime": false,
              "invoiceId": null,
              "invoiceNumber": null,
              "classification": "Senior Architect",
              "tax1": 0.0825,
              "tax2": 0,
              "tax3": 0.00,
              "memo": "Client asked for a second option.",
              "extra": false,
              "startInterval": 540,
              "startTime": "2025-03-03T09:00:00",
              "stopInterval": 990,
              "stopTime": "2025-03-03T16:30:00",
              "client": "City of Springfield",
              "classId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
              "class": "Architecture",
              "workflow": [
                {"status": "Submitted", "date": "2025-03-03T17:00:00", "memo": null, "by": {"id": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60", "name": "Ann Lee"}}
              ],
              "customFields": [{"customFieldId": "6e7f8a9b-0c1d-4e2f-9a4b-5c6d7e8f9a01", "label": "Task code", "value": "A-12", "type": "Text"}],
              "wudPercent": 0,
              "flag1": false,
              "flag2": true,
              "flag3": false,
              "id": "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f",
              "createdOn": "2025-03-03T17:00:01",
              "createdById": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
              "lastUpdated": "2025-03-03T17:00:01",
              "lastUpdatedById": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
              "version": "AAAAAAAAB9M=",
              "objectState": "Unchanged",
              "token": 1,
              "compensationTime": false,
              "wudMultiplier": 1.000,
              "location": {"latitude": 39.7817, "longitude": -89.6501}
            }
            """;

    static final String CLIENT = """
            {
              "name": "City of Springfield",
              "company": "City of Springfield",
              "firstName": "Marge",
              "lastName": "Bouvier",
              "middleInitial": "J",
              "status": "Active",
              "manager": "Ann Lee",
              "managerId": "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
              "address": {
                "addressLine1": "100 Main St",
                "city": "Springfield",
                "stateCode": "IL",
                "zip": "62701",
                "country": "United States",
                "isBilling": true,
                "communications": [{"type": "Email", "value": "ap@springfield.example"}]
              },
              "memo": null,
              "clientSince": "2019-04-01T00:00:00",
              "mainServiceTax": 6.25,
              "mainExpenseTax": 0,
              "termId": "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a",
              "term": "Net 30",
              "feeScheduleId": null,
              "feeScheduleName": null,
              "currencyMultiplierId": "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
              "currencyName": "US Dollar",
              "messageOnInvoice": "",
              "defaultGroupId": null,
              "defaultGroup": null,
              "customFields": [],
              "assignedGroups": [],
              "taxId": "12-3456789",
              "id": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
              "createdOn": "2019-04-01T10:12:00",
              "createdById": "0c1d2e3f-4a5b-4c6d-9e8f-9a0b1c2d3e4f",
              "lastUpdated": "2025-01-15T11:00:00",
              "lastUpdatedById": "0c1d2e3f-4a5b-4c6d-9e8f-9a0b1c2d3e4f",
              "version": "AAAAAAAAB9Q=",
              "objectState": "Modified",
              "token": 12,
              "type": 2,
              "creditLimit": 50000,
              "portal": {"enabled": true, "users": ["ap@springfield.example"]}
            }
            """;

    @Test
    void invoiceRoundTrips() throws Exception {
        Invoice invoice = CORE.readValue(INVOICE, Invoice.class);
        assertSameJson(CORE.writeValueAsString(invoice), INVOICE);

        assertThat(invoice.invoiceNumber()).isEqualTo("INV-000123");
        assertThat(invoice.balance()).isEqualTo(new BigDecimal("2450.50"));
        assertThat(invoice.mainExpenseTax()).isEqualTo(new BigDecimal("5.2083333333333333333"));
        assertThat(invoice.dueDate()).isEqualTo(LocalDateTime.of(2025, 3, 5, 0, 0));
        assertThat(invoice.status().intValue()).isEqualTo(1);
        assertThat(invoice.objectState()).isEqualTo(ObjectState.UNCHANGED);
        assertThat(invoice.lineItems()).hasSize(2);
        assertThat(invoice.lineItems().get(0).amount()).isEqualTo(new BigDecimal("11000.00"));
        assertThat(invoice.lineItems().get(0).unknownProperties()).containsOnlyKeys("hours", "activity");
        assertThat(invoice.customFields().get(0).type()).isEqualTo(CustomFieldType.TEXT);
        // A custom field type this enum lacks (a number) is kept, not lost.
        assertThat(invoice.customFields().get(1).type()).isNull();
        assertThat(invoice.customFields().get(1).unknownProperties()).containsOnlyKeys("type", "isRequired");
        assertThat(invoice.unknownProperties()).containsOnlyKeys("integrationSourceId", "taxSummary");
    }

    @Test
    void projectRoundTrips() throws Exception {
        Project project = CORE.readValue(PROJECT, Project.class);
        // objectState 1 (.NET's number for Unchanged) is read as UNCHANGED and written back by name.
        assertSameJson(
                CORE.writeValueAsString(project),
                PROJECT.replace("\"objectState\": 1,", "\"objectState\": \"Unchanged\","));

        assertThat(project.className()).isEqualTo("Architecture");
        assertThat(project.contractAmount()).isEqualTo(new BigDecimal("250000.00"));
        assertThat(project.graceDays()).isEqualTo(30);
        assertThat(project.address().city()).isEqualTo("Springfield");
        assertThat(project.address().unknownProperties()).containsOnlyKeys("communications");
        assertThat(project.objectState()).isEqualTo(ObjectState.UNCHANGED);
        // The catalogue's CompletedOn is declared; CORE's probable completedOn is kept as an unknown property.
        assertThat(project.completedOn()).isNull();
        assertThat(project.unknownProperties()).containsOnlyKeys("completedOn", "integrationSourceId");
    }

    @Test
    void timeEntryRoundTrips() throws Exception {
        TimeEntry entry = CORE.readValue(TIME_ENTRY, TimeEntry.class);
        assertSameJson(CORE.writeValueAsString(entry), TIME_ENTRY);

        assertThat(entry.billStatus()).isEqualTo(BilledStatus.UNBILLED);
        assertThat(entry.clientHours()).isEqualTo(new BigDecimal("7.25"));
        assertThat(entry.billRate()).isEqualTo(new BigDecimal("150.0"));
        assertThat(entry.tax1()).isEqualTo(new BigDecimal("0.0825"));
        assertThat(entry.startTime()).isEqualTo(LocalDateTime.of(2025, 3, 3, 9, 0));
        assertThat(entry.startInterval().intValue()).isEqualTo(540);
        assertThat(entry.workflow().get(0).unknownProperties()).containsOnlyKeys("by");
        assertThat(entry.unknownProperties()).containsOnlyKeys("location");
    }

    @Test
    void clientRoundTrips() throws Exception {
        Client client = CORE.readValue(CLIENT, Client.class);
        assertSameJson(CORE.writeValueAsString(client), CLIENT);

        assertThat(client.taxId()).isEqualTo("12-3456789");
        assertThat(client.mainServiceTax()).isEqualTo(new BigDecimal("6.25"));
        assertThat(client.address().zip()).isEqualTo("62701");
        assertThat(client.address().unknownProperties()).containsOnlyKeys("isBilling", "communications");
        assertThat(client.objectState()).isEqualTo(ObjectState.MODIFIED);
        assertThat(client.unknownProperties()).containsOnlyKeys("creditLimit", "portal");
    }

    @Test
    void readModifyWriteChangesOnlyWhatWasChanged() throws Exception {
        TimeEntry read = CORE.readValue(TIME_ENTRY, TimeEntry.class);
        TimeEntry changed = read.toBuilder()
                .memo("Second option sent.")
                .clientHours(new BigDecimal("7.0"))
                .invoiceId(UUID.fromString("5f2d9a3e-8c41-4b7a-9d0e-2a6c1f3b7e10"))
                .build();

        ObjectNode expected = (ObjectNode) EXACT.readTree(TIME_ENTRY);
        expected.put("memo", "Second option sent.");
        expected.put("clientHours", new BigDecimal("7.0"));
        expected.put("invoiceId", "5f2d9a3e-8c41-4b7a-9d0e-2a6c1f3b7e10");
        assertSameJson(CORE.writeValueAsString(changed), EXACT.writeValueAsString(expected));
    }

    /** Decimals in properties a declaration does not know come back digit for digit, with either mapper. */
    @Test
    void unknownDecimalsKeepTheirDigits() throws Exception {
        String json = """
                {"name": "Design", "discount": 7.50, "ledgerTotal": 12345678901234567.891, "extra": false,
                 "rules": {"cap": 1.10, "steps": [48000.00, {"rate": 0.10}]}}
                """;
        for (ObjectMapper mapper : new ObjectMapper[] {CORE, PLAIN}) {
            assertSameJson(mapper.writeValueAsString(mapper.readValue(json, Activity.class)), json);
            assertSameJson(
                    mapper.writeValueAsString(mapper.readValue(json, dev.corekit.client.hr.Benefit.class)), json);
        }
    }

    /**
     * A plain-Feign user's mapper, {@code new ObjectMapper().findAndRegisterModules()}: CORE's payloads come back
     * the same, decimals included ({@code 12450.00} stays {@code 12450.00}).
     */
    @Test
    void payloadsRoundTripThroughAPlainMapper() throws Exception {
        assertSameJson(PLAIN.writeValueAsString(PLAIN.readValue(INVOICE, Invoice.class)), INVOICE);
        assertSameJson(PLAIN.writeValueAsString(PLAIN.readValue(TIME_ENTRY, TimeEntry.class)), TIME_ENTRY);
        assertSameJson(PLAIN.writeValueAsString(PLAIN.readValue(CLIENT, Client.class)), CLIENT);
    }

    private static void assertSameJson(String written, String original) throws Exception {
        JsonNode actual = EXACT.readTree(written);
        JsonNode expected = EXACT.readTree(original);
        assertThat(actual.equals(RoundTripTest::sameDigits, expected))
                .as("%s%nis the same JSON as%n%s", written, original)
                .isTrue();
    }

    /** Numbers compare by their text ({@code JsonNode.equals} ignores a decimal's scale), other values as usual. */
    private static int sameDigits(JsonNode a, JsonNode b) {
        boolean same = a.isNumber() && b.isNumber() ? a.asText().equals(b.asText()) : a.equals(b);
        return same ? 0 : 1;
    }
}
