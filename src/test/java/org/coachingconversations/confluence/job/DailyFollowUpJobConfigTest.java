package org.coachingconversations.confluence.job;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.junit.Test;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * The descriptor's {@code job-config} as Confluence reads it (developer.atlassian.com, "Job Config module"): a stable
 * key, once per cluster, daily by cron, managed in Scheduled Jobs, and its {@code <job key>} naming the runner's
 * Spring bean.
 */
public class DailyFollowUpJobConfigTest {

    private final Element target = only(PluginDescriptor.load().elements("job-config"));

    @Test
    public void jobConfig_shouldRunOncePerClusterWithItsStableKey() {
        // Then
        assertEquals(DailyFollowUpJobRunner.JOB_KEY, target.getAttribute("key"));
        Element job = only(PluginDescriptor.children(target, "job"));
        assertEquals("true", job.getAttribute("perClusterJob"));
        assertEquals(DailyFollowUpJobRunner.BEAN_NAME, job.getAttribute("key"));
        assertEquals(DailyFollowUpJobRunner.BEAN_NAME,
                DailyFollowUpJobRunner.class.getAnnotation(Component.class).value());
    }

    @Test
    public void jobConfig_shouldRunDailyAndBeManagedInScheduledJobs() {
        // Then
        Element schedule = only(PluginDescriptor.children(target, "schedule"));
        assertEquals(FollowUpJobServlet.DEFAULT_CRON, schedule.getAttribute("cron-expression"));
        assertTrue(schedule.getAttribute("cron-expression").matches("0 0 \\d{1,2} \\* \\* \\?"));
        Element managed = only(PluginDescriptor.children(target, "managed"));
        for (String attribute : List.of("editable", "keepingHistory", "canRunAdhoc", "canDisable")) {
            assertEquals(attribute, "true", managed.getAttribute(attribute));
        }
    }

    private static Element only(List<Element> elements) {
        assertEquals(1, elements.size());
        return elements.get(0);
    }
}
