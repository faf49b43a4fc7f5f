package com.atlassian.confluence.mail.template;

import com.atlassian.mail.queue.MailQueueItem;

/**
 * Compile-only stand-in: {@code public class ConfluenceMailQueueItem implements MailQueueItem}, the mail an app
 * hands to Confluence's mail queue ({@code MultiQueueTaskManager.addTask("mail", item)}); Confluence sends it through
 * its configured mail server. Constructor {@code (String toAddress, String subject, String body, String mimeType)},
 * constants {@code MIME_TYPE_HTML} and {@code MIME_TYPE_TEXT}, getters {@code getSubject()} and {@code getBody()}.
 * Checked against
 * https://docs.atlassian.com/atlassian-confluence/5.7.3/com/atlassian/confluence/mail/template/ConfluenceMailQueueItem.html
 * (no 10.x page of the class was readable here). The constants' values are Confluence's ("text/html",
 * "text/plain"). The arguments are kept because the getters return them; the address has no getter in the host.
 * {@code execute()} sends nothing here.
 */
public class ConfluenceMailQueueItem implements MailQueueItem {

    public static final String MIME_TYPE_HTML = "text/html";
    public static final String MIME_TYPE_TEXT = "text/plain";

    private final String toAddress;
    private final String subject;
    private final String body;
    private final String mimeType;

    public ConfluenceMailQueueItem(String toAddress, String subject, String body, String mimeType) {
        this.toAddress = toAddress;
        this.subject = subject;
        this.body = body;
        this.mimeType = mimeType;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    @Override
    public void execute() {
    }
}
