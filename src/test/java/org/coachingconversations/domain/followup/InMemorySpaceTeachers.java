package org.coachingconversations.domain.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each space's roster in a list; remembers how many roster pages were read. */
public final class InMemorySpaceTeachers implements SpaceTeachers {

    private final Map<String, List<String>> rosters = new HashMap<>();
    int pagesRead;

    public InMemorySpaceTeachers add(String spaceKey, String... teacherKeys) {
        rosters.computeIfAbsent(spaceKey, key -> new ArrayList<>()).addAll(List.of(teacherKeys));
        return this;
    }

    @Override
    public ResultPage<String> teacherKeys(String spaceKey, ResultPageRequest page) {
        pagesRead++;
        return ResultPages.of(rosters.getOrDefault(spaceKey, List.of()), page);
    }
}
