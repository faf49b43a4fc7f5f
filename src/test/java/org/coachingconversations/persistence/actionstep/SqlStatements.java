package org.coachingconversations.persistence.actionstep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

/** Records the SQL statements AO sends while it listens, to show how many a repository call costs. */
final class SqlStatements implements DatabaseProvider.SqlListener, AutoCloseable {

    private final DatabaseProvider provider;
    private final List<String> statements = new ArrayList<>();

    private SqlStatements(DatabaseProvider provider) {
        this.provider = provider;
    }

    static SqlStatements recordOn(EntityManager entityManager) {
        SqlStatements recorder = new SqlStatements(entityManager.getProvider());
        recorder.provider.addSqlListener(recorder);
        return recorder;
    }

    @Override
    public synchronized void onSql(String sql) {
        statements.add(sql);
    }

    synchronized List<String> all() {
        return List.copyOf(statements);
    }

    synchronized long countStartingWith(String keyword) {
        return statements.stream()
                .filter(sql -> sql.stripLeading().toUpperCase(Locale.ROOT).startsWith(keyword))
                .count();
    }

    @Override
    public void close() {
        provider.removeSqlListener(this);
    }
}
