package com.atlassian.mail.queue;

import com.atlassian.core.task.Task;

/**
 * Compile-only stand-in: atlassian-mail's queued mail, an interface extending {@link Task}. The plugin calls none of
 * its own members ({@code getSubject()}, {@code getDateQueued()}, {@code send()} ...), so they are declared on the
 * one class that implements it here. Checked against the "All Implemented Interfaces" of
 * https://docs.atlassian.com/atlassian-confluence/5.7.3/com/atlassian/confluence/mail/template/ConfluenceMailQueueItem.html
 */
public interface MailQueueItem extends Task {
}
