package io.keyprojects.gateway.publicity;

import java.time.LocalDate;

/**
 * One item of the transparency feed (信息公开), in Chinese: construction started (开工), a time node reached (节点完成), a
 * project completed (完工), a bulletin's public version (督查通报), a model case (先进典型) or an exposure (曝光), dated by
 * when it happened. Made of public fields only; {@code path} is its public page on the gateway (the project's public page,
 * or the bulletin's).
 */
public record FeedEntry(String id, String kind, String title, String text, LocalDate date, String projectCode,
                        String category, String township, int year, String path) {
    static final String STARTED = "project-started";
    static final String COMPLETED = "project-completed";
    static final String MILESTONE_REACHED = "milestone-reached";
    static final String BULLETIN = "bulletin";
    static final String MODEL_CASE = "model-case";
    static final String EXPOSURE = "exposure";

    static FeedEntry of(PublicTimeline.Happening happening, PublicTimeline.PublicCard card) {
        String where = card.township() == null || card.township().isBlank() ? "" : "，" + card.township();
        String project = card.name() + "（" + card.code() + where + "）";
        String date = happening.date().toString();
        return switch (happening.kind()) {
            case STARTED -> entry(card.code() + ":started", happening, card, card.name() + " 开工",
                    project + "于 " + date + " 开工建设。");
            case COMPLETED -> entry(card.code() + ":completed", happening, card, card.name() + " 完工",
                    project + "于 " + date + " 完工。");
            default -> entry(card.code() + ":milestone:" + happening.key().substring(happening.key().lastIndexOf(':') + 1), happening, card,
                    card.name() + " — " + happening.about() + " 节点完成",
                    project + "“" + happening.about() + "”节点于 " + date + " 完成。");
        };
    }

    /** A published notice; a model case or exposure takes its project's public card when the feed has read it. */
    static FeedEntry of(PublicTimeline.Notice notice, PublicTimeline.PublicCard card) {
        String title = switch (notice.kind()) {
            case MODEL_CASE -> "先进典型：" + notice.title();
            case EXPOSURE -> "曝光：" + notice.title();
            default -> notice.title();
        };
        return new FeedEntry(notice.key(), notice.kind(), title, notice.text(), notice.date(), notice.projectCode(),
                card == null ? null : card.category(), card == null ? null : card.township(), card == null ? notice.year() : card.year(),
                notice.path());
    }

    private static FeedEntry entry(String id, PublicTimeline.Happening happening, PublicTimeline.PublicCard card,
                                   String title, String text) {
        return new FeedEntry(id, happening.kind(), title, text, happening.date(), card.code(), card.category(),
                card.township(), card.year(), "/public/projects/" + card.code());
    }
}
