package io.keyprojects.gateway.publicity;

import java.time.LocalDate;

/**
 * One item of the transparency feed: construction started (开工), a time node reached (节点完成) or a
 * project completed (完工), dated by when it happened. Made of public card fields only.
 */
public record FeedEntry(String id, String kind, String title, String text, LocalDate date, String projectCode,
                        String category, String township, int year) {
    static final String STARTED = "project-started";
    static final String COMPLETED = "project-completed";
    static final String MILESTONE_REACHED = "milestone-reached";

    static FeedEntry of(PublicTimeline.Happening happening, PublicTimeline.PublicCard card) {
        String where = card.township() == null || card.township().isBlank() ? "" : ", " + card.township();
        String project = card.name() + " (" + card.code() + ")" + where;
        String date = happening.date().toString();
        return switch (happening.kind()) {
            case STARTED -> entry(card.code() + ":started", happening, card, card.name() + " 开工 (construction started)",
                    project + ", started construction on " + date + ".");
            case COMPLETED -> entry(card.code() + ":completed", happening, card, card.name() + " 完工 (completed)",
                    project + ", was completed on " + date + ".");
            default -> entry(card.code() + ":milestone:" + happening.key().substring(happening.key().lastIndexOf(':') + 1), happening, card,
                    card.name() + " — " + happening.about() + " 节点完成 (milestone reached)",
                    project + ": " + happening.about() + " reached on " + date + ".");
        };
    }

    private static FeedEntry entry(String id, PublicTimeline.Happening happening, PublicTimeline.PublicCard card,
                                   String title, String text) {
        return new FeedEntry(id, happening.kind(), title, text, happening.date(), card.code(), card.category(),
                card.township(), card.year());
    }
}
