package org.coachingconversations.domain.conversation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import org.coachingconversations.domain.form.FieldValidator;
import org.junit.Test;

/** {@link FieldValidator#parseDate}: the one parser of a date typed in a wizard, also where it is read back. */
public class WizardDateTest {

    @Test
    public void parseDate_shouldReadTheFormsFormat() {
        assertEquals(LocalDate.of(2026, 3, 2), FieldValidator.parseDate("2026-03-02"));
        assertEquals(LocalDate.of(2028, 2, 29), FieldValidator.parseDate(" 2028-02-29 "));
    }

    @Test
    public void parseDate_shouldRefuse_whateverTheFormRefuses() {
        for (String notADate : new String[] {"27/03/2026", "2026-3-2", "2026-02-29", "0026-03-02", "2226-03-02", ""}) {
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> FieldValidator.parseDate(notADate));
            assertEquals("\"" + notADate + "\" is not a date (yyyy-MM-dd).", thrown.getMessage());
        }
    }
}
