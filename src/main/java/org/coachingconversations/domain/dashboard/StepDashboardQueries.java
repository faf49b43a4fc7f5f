package org.coachingconversations.domain.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.followup.ResultPage;
import org.coachingconversations.domain.followup.ResultPageRequest;

/**
 * The dashboard's reads of action steps within a {@link DashboardScope}: each a COUNT and one bounded SELECT on the
 * space's indexes, with the scope's hidden pages left out by the database.
 */
public interface StepDashboardQueries {

    /** Open steps due before {@code today}, by due date (the scope's order), then id. */
    ResultPage<ActionStep> overdue(DashboardScope scope, LocalDate today, ResultPageRequest page);

    /** Open steps due from {@code today} to {@code until}, by due date (the scope's order), then id. */
    ResultPage<ActionStep> dueSoon(DashboardScope scope, LocalDate today, LocalDate until, ResultPageRequest page);

    /** Steps marked done, counted by the day they were done, from {@code from} to {@code to}; grouped in the database. */
    List<DayCount> doneByDay(DashboardScope scope, LocalDate from, LocalDate to);

    /**
     * Steps still open past their due date, counted by due date, from {@code from} to the day before {@code today};
     * grouped in the database. (Steps done late are not counted: a database cannot compare two columns through
     * Active Objects on every database the host supports.)
     */
    List<DayCount> slippedByDueDay(DashboardScope scope, LocalDate from, LocalDate today);
}
