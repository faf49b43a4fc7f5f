package org.coachingconversations.testing.ao;

import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

/**
 * Table names as Confluence's AO plugin makes them for this app, e.g. {@code AO_16E8C7_ACTION_STEP}. A no-arg
 * class so that {@code @NameConverters(table = ...)} can name it; the other Atlassian converters
 * ({@code AtlassianFieldNameConverter} and friends) already have no-arg constructors.
 */
public final class CoachingTableNameConverter implements TableNameConverter {

    private final TableNameConverter delegate = new AtlassianTableNameConverter(PluginTablePrefix.COACHING);

    @Override
    public String getName(Class<? extends RawEntity<?>> entityClass) {
        return delegate.getName(entityClass);
    }
}
