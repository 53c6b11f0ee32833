package com.example.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxCollection;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A resource of this application's own, which the catalogue lacks, created, listed and updated against the sandbox. */
class MileageTest {
    private static final String COMPANY = "demo-company-a";

    @RegisterExtension
    static final CoreSandboxExtension SANDBOX = CoreSandboxExtension.configure(builder ->
            builder.configure(c -> c.collection(SandboxCollection.of("custom/mileage")
                    .withSeed(List.of(JsonNodeFactory.instance
                            .objectNode()
                            .put("purpose", "client visit")
                            .put("miles", new BigDecimal("12.50"))
                            .put("date", "2026-01-05T00:00:00"))))));

    @Test
    void createsListsAndUpdatesItsOwnResource(CoreSandbox sandbox) {
        CoreClient core = DemoClient.of(sandbox);
        core.authorization()
                .complete(sandbox.approve(core.authorization().start().uri()));
        MileageApi mileage = core.api(MileageApi.class);
        UUID project = UUID.randomUUID();

        Mileage created = mileage.create(Mileage.builder()
                .date(LocalDateTime.of(2026, 1, 6, 0, 0))
                .miles(new BigDecimal("18.20"))
                .purpose("airport")
                .projectId(project)
                .build());
        List<Mileage> listed = mileage.list(CoreQuery.builder().orderBy("miles").build());
        Mileage updated = mileage.update(
                created.id(), created.toBuilder().miles(new BigDecimal("36.40")).build());
        List<Mileage> found = mileage.list(
                CoreQuery.builder().where("projectId='" + project + "'").build());

        assertThat(created.id()).isNotNull();
        assertThat(created.createdOn()).isNotNull();
        assertThat(listed).extracting(Mileage::purpose).containsExactly("client visit", "airport");
        assertThat(listed.get(0).miles()).isEqualTo(new BigDecimal("12.50"));
        assertThat(listed.get(1)).isEqualTo(created);
        assertThat(updated.miles()).isEqualTo(new BigDecimal("36.40"));
        assertThat(updated.version()).isNotEqualTo(created.version());
        assertThat(found).containsExactly(updated);
        assertThat(sandbox.api()
                        .company(COMPANY)
                        .get("custom/mileage", created.id().toString()))
                .hasValueSatisfying(
                        stored -> assertThat(stored.get("miles").decimalValue()).isEqualTo(new BigDecimal("36.40")));
        assertThat(sandbox.journal().entries())
                .extracting(JournalEntry::method, JournalEntry::path, JournalEntry::status)
                .contains(
                        tuple("POST", "/api/" + COMPANY + "/custom/mileage", 201),
                        tuple("PUT", "/api/" + COMPANY + "/custom/mileage/" + created.id(), 200));
    }
}
