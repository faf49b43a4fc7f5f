package org.coachingconversations.domain.sps;

import java.util.List;

/** A validated export: its response options in column order and its rows in file order. */
record SpsTable(List<String> responseOptions, List<SpsRow> rows) {

    SpsTable {
        responseOptions = List.copyOf(responseOptions);
        rows = List.copyOf(rows);
    }
}
