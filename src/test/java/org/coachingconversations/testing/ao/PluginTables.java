package org.coachingconversations.testing.ao;

import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;

/** Every table of the plugin, as the descriptor's {@code <ao>} module declares them: {@code @Data(PluginTables.class)}. */
public final class PluginTables implements DatabaseUpdater {

    @Override
    @SuppressWarnings("unchecked")
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(entities().toArray(new Class[0]));
    }

    @SuppressWarnings("unchecked")
    public static List<Class<? extends RawEntity<?>>> entities() throws ClassNotFoundException {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (Element entity : PluginDescriptor.load().elements("entity")) {
            entities.add((Class<? extends RawEntity<?>>) Class.forName(entity.getTextContent().trim()));
        }
        return entities;
    }
}
