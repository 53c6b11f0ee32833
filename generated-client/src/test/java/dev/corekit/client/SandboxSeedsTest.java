package dev.corekit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.corekit.client.setting.TimeExpense;
import dev.corekit.runtime.CoreJson;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.api.CompanyData;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two single objects the sandbox seeds with values ({@code company}, {@code setting/timeexpense}) fit the types
 * inferred for them: read with corekit's mapper and written back unchanged. (The contract test of the whole catalogue
 * over HTTP lives elsewhere.)
 */
class SandboxSeedsTest {
    private static final ObjectMapper CORE = CoreJson.mapper();
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static CoreSandbox sandbox;
    private static CompanyData data;

    @BeforeAll
    static void start() {
        sandbox = CoreSandbox.builder().start();
        data = sandbox.api().company("demo-company-a");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void company() throws Exception {
        String json = data.single("company").toString();

        Company company = CORE.readValue(json, Company.class);

        assertThat(EXACT.readTree(CORE.writeValueAsString(company))).isEqualTo(EXACT.readTree(json));
        assertThat(company.companyId()).isEqualTo("demo-company-a");
        assertThat(company.fiscalEndMonth()).isEqualTo(12);
        assertThat(company.id()).isNotNull();
    }

    @Test
    void timeAndExpenseSettings() throws Exception {
        String json = data.single("setting/timeexpense").toString();

        TimeExpense settings = CORE.readValue(json, TimeExpense.class);

        assertThat(EXACT.readTree(CORE.writeValueAsString(settings))).isEqualTo(EXACT.readTree(json));
        assertThat(settings.smallestIncrement()).isEqualTo(new BigDecimal("0.01"));
        assertThat(settings.allowZeroHourTimeEntry()).isTrue();
        assertThat(settings.unknownProperties()).isEmpty();
    }
}
