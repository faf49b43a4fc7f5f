package org.coachingconversations.persistence.transaction;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.coachingconversations.domain.transaction.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** One Active Objects transaction; the stores' own transactions inside it join it. */
@Component
public final class AoUnitOfWork implements UnitOfWork {

    private final ActiveObjects activeObjects;

    public AoUnitOfWork(ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public <T> T run(Supplier<T> work) {
        return activeObjects.executeInTransaction(work::get);
    }
}
