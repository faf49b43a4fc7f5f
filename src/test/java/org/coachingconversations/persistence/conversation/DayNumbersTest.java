package org.coachingconversations.persistence.conversation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class DayNumbersTest {

    @Test
    public void of_shouldWriteTheDateAsYearMonthDayDigits_andReadItBack() {
        // Given
        LocalDate leapDay = LocalDate.of(2028, 2, 29);

        // When
        int stored = DayNumbers.of(leapDay);

        // Then
        assertEquals(20280229, stored);
        assertEquals(leapDay, DayNumbers.toDate(stored));
    }

    @Test
    public void of_shouldKeepDateOrder_acrossMonthYearAndTheStorableRange() {
        // Given
        List<LocalDate> ascending = List.of(DayNumbers.FIRST_STORABLE, LocalDate.of(999, 12, 31),
                LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 1), LocalDate.of(2028, 2, 29),
                LocalDate.of(2028, 3, 1), DayNumbers.LAST_STORABLE);

        // When
        List<Integer> stored = ascending.stream().map(DayNumbers::of).toList();

        // Then
        for (int index = 1; index < stored.size(); index++) {
            assertTrue(stored.get(index - 1) + " < " + stored.get(index), stored.get(index - 1) < stored.get(index));
            assertEquals(ascending.get(index), DayNumbers.toDate(stored.get(index)));
        }
    }
}
