package com.atlassian.core.task;

/**
 * Compile-only stand-in: the host's named task queues, {@code public interface MultiQueueTaskManager}; Confluence's
 * mail queue is its queue {@code "mail"}, flushed by the host's "Mail Queue Flush" job. Only the member the plugin
 * calls, {@code void addTask(String queueName, Task task)}, is declared. Checked against
 * https://docs.atlassian.com/atlassian-core-parent/5.0.6/xref/com/atlassian/core/task/MultiQueueTaskManager.html
 */
public interface MultiQueueTaskManager {

    void addTask(String queueName, Task task);
}
