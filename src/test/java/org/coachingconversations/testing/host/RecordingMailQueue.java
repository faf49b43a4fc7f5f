package org.coachingconversations.testing.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The host's task queues as far as mail goes: keeps every {@link ConfluenceMailQueueItem} added to the queue
 * "mail" instead of sending it, and hands each to a listener (the sandbox puts it in its Outbox). Another queue or
 * another kind of task is refused, as the app never adds one.
 */
public final class RecordingMailQueue implements MultiQueueTaskManager {

    /** A queued mail as the host would send it. */
    public record Mail(String to, String subject, String body, String mimeType) {
    }

    private final List<Mail> mails = new ArrayList<>();
    private final Consumer<Mail> listener;
    private RuntimeException refusal;

    public RecordingMailQueue() {
        this(mail -> { });
    }

    public RecordingMailQueue(Consumer<Mail> listener) {
        this.listener = listener;
    }

    /** From now on every mail is refused with this exception, as a host in trouble would. */
    public void refuseWith(RuntimeException exception) {
        this.refusal = exception;
    }

    @Override
    public synchronized void addTask(String queueName, Task task) {
        if (!"mail".equals(queueName) || !(task instanceof ConfluenceMailQueueItem item)) {
            throw new IllegalArgumentException("Only mail is queued here, not " + queueName + " " + task);
        }
        if (refusal != null) {
            throw refusal;
        }
        Mail mail = new Mail(field(item, "toAddress"), item.getSubject(), item.getBody(), field(item, "mimeType"));
        mails.add(mail);
        listener.accept(mail);
    }

    public synchronized List<Mail> mails() {
        return List.copyOf(mails);
    }

    public synchronized void clear() {
        mails.clear();
    }

    /** The host's item keeps the address and type to itself (it sends the mail); the stand-in keeps them alike. */
    private static String field(ConfluenceMailQueueItem item, String name) {
        try {
            Field field = ConfluenceMailQueueItem.class.getDeclaredField(name);
            field.setAccessible(true);
            return (String) field.get(item);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The mail item has no " + name, e);
        }
    }
}
