package com.example.timesheets;

import dev.corekit.annotation.CoreEntity;
import dev.corekit.annotation.CoreResource;
import dev.corekit.annotation.Operation;
import java.math.BigDecimal;

/** The activities this app bills: CORE's activity with only the fields and calls the app uses. */
@CoreResource(
        path = "activity",
        operations = {Operation.LIST, Operation.GET, Operation.CREATE})
public interface BillableActivityResource extends CoreEntity {
    String code();

    String name();

    BigDecimal billRate();
}
