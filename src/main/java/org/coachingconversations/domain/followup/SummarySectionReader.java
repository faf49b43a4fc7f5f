package org.coachingconversations.domain.followup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Reads one section of a follow-up summary for one viewer: pages of a counted query until it can list
 * {@code itemsPerSection} items on pages the viewer may view, or has read {@code maxPagesPerSection} pages. Rows on
 * pages the viewer may not view are counted as hidden, never listed.
 */
public final class SummarySectionReader {

    private final PageVisibility visibility;
    private final Optional<String> viewerKey;
    private final SummaryOptions options;

    /** @param viewerKey the person looking; empty for an anonymous visitor */
    public SummarySectionReader(PageVisibility visibility, Optional<String> viewerKey, SummaryOptions options) {
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.viewerKey = Objects.requireNonNull(viewerKey, "viewerKey");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param query one page of the section's rows, with the total of all of them
     * @param pageIdOf the Confluence page a row belongs to, whose visibility decides whether it is listed
     * @param toItem what the section lists for a visible row
     */
    public <R, T> SummarySection<T> read(Function<ResultPageRequest, ResultPage<R>> query, ToLongFunction<R> pageIdOf,
            Function<R, T> toItem) {
        int wanted = options.itemsPerSection();
        List<T> shown = new ArrayList<>();
        long hidden = 0;
        long total = 0;
        ResultPageRequest request = ResultPageRequest.first(wanted);
        for (int pagesRead = 0; pagesRead < options.maxPagesPerSection(); pagesRead++) {
            ResultPage<R> page = query.apply(request);
            total = page.total();
            if (page.items().isEmpty()) {
                break;
            }
            Set<Long> pageIds = new LinkedHashSet<>();
            page.items().forEach(row -> pageIds.add(pageIdOf.applyAsLong(row)));
            Set<Long> visible = visibility.visiblePageIds(viewerKey, pageIds);
            for (R row : page.items()) {
                if (!visible.contains(pageIdOf.applyAsLong(row))) {
                    hidden++;
                } else if (shown.size() < wanted) {
                    shown.add(toItem.apply(row));
                }
            }
            if (shown.size() >= wanted || !page.hasMore()) {
                break;
            }
            request = request.next();
        }
        // Rows added between two page reads can make an earlier total too small.
        return new SummarySection<>(shown, Math.max(total, shown.size() + hidden), hidden);
    }
}
