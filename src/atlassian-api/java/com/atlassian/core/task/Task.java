package com.atlassian.core.task;

/**
 * Compile-only stand-in: atlassian-core's unit of work in a task queue, an interface with {@code void execute()
 * throws Exception} (a mail queue item sends its mail there). Checked against the interfaces listed on
 * https://docs.atlassian.com/atlassian-confluence/5.7.3/com/atlassian/confluence/mail/template/ConfluenceMailQueueItem.html
 * and https://docs.atlassian.com/atlassian-core/2006.10.17/com/atlassian/core/task/class-use/Task.html
 */
public interface Task {

    void execute() throws Exception;
}
