package org.coachingconversations.sandbox.plugin;

/**
 * A {@code job-config} module of the plugin: the sandbox has no scheduler, so it never runs the job on its schedule;
 * the job's status page ("Run now") runs the same use case.
 */
public record JobConfigModule(String key, String name, String runnerBean, String cronExpression,
                              boolean perClusterJob) {
}
