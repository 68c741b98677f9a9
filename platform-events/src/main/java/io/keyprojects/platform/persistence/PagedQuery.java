package io.keyprojects.platform.persistence;

import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.paging.SortOrder;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/** Every paged list the same way: the requested page of a query and the total of all its matches. */
public final class PagedQuery {
    private PagedQuery() {
    }

    /** The Panache sort of a checked {@link SortOrder}; {@code then} breaks ties so pages do not overlap. */
    public static Sort sort(SortOrder order, String... then) {
        Sort sort = order.descending() ? Sort.descending(order.field()) : Sort.ascending(order.field());
        for (String field : then) {
            sort = sort.and(field);
        }
        return sort;
    }

    public static <E, V> Uni<Page<V>> page(PanacheQuery<E> query, PageRequest page, Function<E, V> view) {
        return pageOfLists(query, page, items -> Uni.createFrom().item(items.stream().map(view).toList()));
    }

    /** For views that need one more query for the whole page (e.g. the decisions of a page of meetings). */
    public static <E, V> Uni<Page<V>> pageOfLists(PanacheQuery<E> query, PageRequest page, Function<List<E>, Uni<List<V>>> views) {
        return query.page(page.page(), page.size()).list()
                .chain(items -> query.count().chain(total -> views.apply(items)
                        .map(list -> new Page<>(list, page.page(), page.size(), total))));
    }
}
