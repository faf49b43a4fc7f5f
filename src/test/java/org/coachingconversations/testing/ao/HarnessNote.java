package org.coachingconversations.testing.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

import java.util.Date;

/** A test-only entity with the column kinds the app's entities use, to prove the harness on each database. */
@Table("HarnessNote")
public interface HarnessNote extends Entity {

    String COLUMN_TOPIC = "TOPIC";
    String COLUMN_BODY = "BODY";
    String COLUMN_WRITTEN_AT = "WRITTEN_AT";

    @NotNull
    @Indexed
    String getTopic();

    void setTopic(String topic);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    Date getWrittenAt();

    void setWrittenAt(Date writtenAt);
}
