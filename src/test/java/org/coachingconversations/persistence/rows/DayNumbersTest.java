package org.coachingconversations.persistence.rows;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
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

    @Test
    public void of_shouldRefuseADateBeyondFourDigitYears_ratherThanStoreItOutOfOrder() {
        // Given
        LocalDate tooLate = LocalDate.of(10_000, 1, 1);

        // When
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> DayNumbers.of(tooLate));

        // Then
        assertEquals("Date: the value +10000-01-01 is outside the years 1 to 9999.", refused.getMessage());
    }

    @Test
    public void bound_shouldMoveAQueryBoundBeyondFourDigitYearsToTheNearestStorableDate() {
        // Given
        LocalDate beforeAnyStoredDate = LocalDate.of(-5, 6, 1);
        LocalDate afterAnyStoredDate = LocalDate.of(12_000, 6, 1);

        // When
        int lower = DayNumbers.bound(beforeAnyStoredDate);
        int upper = DayNumbers.bound(afterAnyStoredDate);

        // Then
        assertEquals(DayNumbers.of(DayNumbers.FIRST_STORABLE), lower);
        assertEquals(DayNumbers.of(DayNumbers.LAST_STORABLE), upper);
        assertEquals(20240115, DayNumbers.bound(LocalDate.of(2024, 1, 15)));
    }
}
