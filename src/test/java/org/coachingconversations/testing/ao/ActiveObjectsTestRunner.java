package org.coachingconversations.testing.ao;

import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.test.junit.ActiveObjectTransactionMethodRule;
import org.junit.rules.MethodRule;
import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.model.InitializationError;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code @RunWith(ActiveObjectsTestRunner.class)} is all an AO test needs: AO's own test rule on the database that
 * {@link JdbcConfiguration} selects, with the table, column, sequence, trigger, index and unique names that
 * Confluence's AO plugin gives this app. As with {@code ActiveObjectsJUnitRunner}, the test declares its tables
 * with {@code @Data(SomeDatabaseUpdater.class)}, receives the {@code EntityManager} in a field of that type, and
 * each test method runs in a transaction that is rolled back unless the method is {@code @NonTransactional}.
 */
public final class ActiveObjectsTestRunner extends BlockJUnit4ClassRunner {

    private final JdbcConfiguration database = new JdbcConfiguration();

    public ActiveObjectsTestRunner(Class<?> testClass) throws InitializationError {
        super(testClass);
    }

    @Override
    protected List<MethodRule> rules(Object test) {
        List<MethodRule> rules = new ArrayList<>(super.rules(test));
        rules.add(new ActiveObjectTransactionMethodRule(test, database,
                new CoachingTableNameConverter(),
                new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(),
                new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(),
                new AtlassianUniqueNameConverter()));
        return rules;
    }
}
