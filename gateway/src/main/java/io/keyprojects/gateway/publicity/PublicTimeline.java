package io.keyprojects.gateway.publicity;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.PublicEvents;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.contracts.data.PublicBulletinPublished;
import io.keyprojects.contracts.data.PublicityPublished;
import io.keyprojects.platform.time.CountyCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * What the public may know of the programme, built from {@code projects.events}: each project's public card (code,
 * name, category, township, year) and what happened to it — construction started, completed, a time node (时间节点)
 * reached; and from {@code assessment.events} what was published for the public: bulletins' public versions (通报) and
 * model cases and exposures (先进典型, 曝光). Officials, people, figures, blockers and scores are never taken in, so the
 * feed cannot show them. Each happening is keyed by what it is, so a redelivered or replayed event (the start-up
 * backfill, then Kafka from its beginning) changes nothing.
 */
@ApplicationScoped
public class PublicTimeline {
    /** The most a feed request may ask for. */
    static final int MAX_PER_YEAR = 100;

    private final Map<UUID, PublicCard> cards = new ConcurrentHashMap<>();
    private final Map<UUID, Long> cardVersions = new ConcurrentHashMap<>();
    private final Map<String, Happening> happenings = new ConcurrentHashMap<>();
    /** Bumped when what the public sees changes; a year's sorted entries are kept until it does. */
    private final AtomicLong changes = new AtomicLong();
    private final Map<Integer, YearFeed> byYear = new ConcurrentHashMap<>();
    /** An event without its own date is dated by the day it happened in the county. */
    private final CountyCalendar calendar;

    PublicTimeline(CountyCalendar calendar) {
        this.calendar = calendar;
    }

    private record YearFeed(long asOfChange, List<FeedEntry> newestFirst) {
    }

    /** A project as the public sees it. */
    record PublicCard(String code, String name, String category, String township, int year) {
    }

    /** Something that happened to a project, named and dated; {@code about} is the time node's name. */
    record Happening(String key, String kind, UUID projectId, LocalDate date, String about) {
    }

    /**
     * Something published for the public, with its own title and text: a bulletin's public version (no project) or a
     * model case or exposure of a project; {@code year} counts when the project's card is not known.
     */
    record Notice(String key, String kind, UUID projectId, String projectCode, LocalDate date, int year, String title, String text,
                  String path) {
    }

    private final Map<String, Notice> notices = new ConcurrentHashMap<>();

    /** The types the public feed takes in (the public ones); every other type is ignored (the follower's test holds why). */
    public static final Set<EventType> APPLIED = PublicEvents.TYPES;

    public void apply(CloudEvent event) {
        EventType.byTypeName(event.type()).filter(APPLIED::contains).ifPresent(type -> {
            switch (type) {
                case PROJECT_REGISTERED -> registered(EventJson.dataAs(event, ProjectRegistered.class));
                case PROJECT_UPDATED -> updated(EventJson.dataAs(event, ProjectUpdated.class));
                case PROJECT_PHASE_CHANGED -> phaseChanged(EventJson.dataAs(event, ProjectPhaseChanged.class), dayOf(event));
                case MILESTONE_COMPLETED -> milestoneReached(EventJson.dataAs(event, MilestoneCompleted.class), dayOf(event));
                case PUBLIC_BULLETIN_PUBLISHED -> bulletin(EventJson.dataAs(event, PublicBulletinPublished.class), dayOf(event));
                case PUBLICITY_PUBLISHED -> publicity(EventJson.dataAs(event, PublicityPublished.class), dayOf(event));
                default -> {
                    // other events carry nothing the public sees
                }
            }
        });
    }

    /**
     * The newest {@code limit} entries of a programme year, newest first. Sorted once per change, not per
     * request: the feed is anonymous and the timeline holds a province's programme.
     */
    public List<FeedEntry> entries(int year, int limit) {
        long now = changes.get();
        YearFeed feed = byYear.get(year);
        if (feed == null || feed.asOfChange() != now) {
            feed = new YearFeed(now, Stream.concat(happenings.values().stream().map(this::entryOf),
                            notices.values().stream().map(n -> FeedEntry.of(n, n.projectId() == null ? null : cards.get(n.projectId()))))
                    .filter(Objects::nonNull)
                    .filter(entry -> entry.year() == year)
                    .sorted(Comparator.comparing(FeedEntry::date, Comparator.reverseOrder()).thenComparing(FeedEntry::id))
                    .limit(MAX_PER_YEAR)
                    .toList());
            byYear.put(year, feed);
        }
        return feed.newestFirst().size() > limit ? feed.newestFirst().subList(0, limit) : feed.newestFirst();
    }

    private void registered(ProjectRegistered p) {
        card(p.id(), p.version(), new PublicCard(p.code(), p.name(), p.category(), p.township(), p.year()));
    }

    private void updated(ProjectUpdated p) {
        card(p.id(), p.version(), new PublicCard(p.code(), p.name(), p.category(), p.township(), p.year()));
    }

    /**
     * The card of the project's highest version wins: the start-up backfill and Kafka's replay deliver the same history
     * twice, interleaved, and an older description must not overwrite a newer one. Most updates touch progress, not the
     * public card: only a real change invalidates the sorted feeds.
     */
    private synchronized void card(UUID id, long version, PublicCard card) {
        Long known = cardVersions.get(id);
        if (known != null && known > version) {
            return;
        }
        cardVersions.put(id, version);
        if (!card.equals(cards.put(id, card))) {
            changes.incrementAndGet();
        }
    }

    private void phaseChanged(ProjectPhaseChanged change, LocalDate day) {
        if ("UNDER_CONSTRUCTION".equals(change.to()) && "PREPARATION".equals(change.from())) {
            happened(new Happening(change.id() + ":started", FeedEntry.STARTED, change.id(),
                    change.actualStart() != null ? change.actualStart() : day, null));
        } else if ("COMPLETED".equals(change.to())) {
            happened(new Happening(change.id() + ":completed", FeedEntry.COMPLETED, change.id(),
                    change.actualEnd() != null ? change.actualEnd() : day, null));
        }
    }

    private void milestoneReached(MilestoneCompleted milestone, LocalDate day) {
        happened(new Happening(milestone.projectId() + ":milestone:" + milestone.id(), FeedEntry.MILESTONE_REACHED,
                milestone.projectId(), milestone.actualDate() != null ? milestone.actualDate() : day, milestone.name()));
    }

    private void happened(Happening happening) {
        if (happenings.putIfAbsent(happening.key(), happening) == null) {
            changes.incrementAndGet();
        }
    }

    private void bulletin(PublicBulletinPublished b, LocalDate day) {
        LocalDate date = b.publishedAt() != null ? calendar.dayOf(b.publishedAt()) : day;
        noticed(new Notice("bulletin:" + b.id(), FeedEntry.BULLETIN, null, null, date, Integer.parseInt(b.period().substring(0, 4)),
                b.title(), b.summary(), "/public/bulletins/" + b.id()));
    }

    private void publicity(PublicityPublished p, LocalDate day) {
        LocalDate date = p.publishedAt() != null ? calendar.dayOf(p.publishedAt()) : day;
        String kind = PublicityPublished.EXPOSURE.equals(p.kind()) ? FeedEntry.EXPOSURE : FeedEntry.MODEL_CASE;
        noticed(new Notice("publicity:" + p.id(), kind, p.projectId(), p.projectCode(), date, date.getYear(), p.title(), p.text(),
                "/public/projects/" + p.projectCode()));
    }

    private void noticed(Notice notice) {
        if (notices.putIfAbsent(notice.key(), notice) == null) {
            changes.incrementAndGet();
        }
    }

    /** Null while the project's registration has not been read (its entries appear once it has). */
    private FeedEntry entryOf(Happening happening) {
        PublicCard card = cards.get(happening.projectId());
        return card == null ? null : FeedEntry.of(happening, card);
    }

    private LocalDate dayOf(CloudEvent event) {
        return event.time() == null ? calendar.today() : calendar.dayOf(event.time());
    }
}
