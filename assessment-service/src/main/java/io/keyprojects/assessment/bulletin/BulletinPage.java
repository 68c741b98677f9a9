package io.keyprojects.assessment.bulletin;

import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A bulletin as a plain, printable HTML page in Chinese (no scripts), rendered by the Qute template
 * {@code templates/bulletin/page.html}, which escapes every value. The public version leaves out what the content's
 * {@link BulletinContent#publicVersion()} removes and who published it.
 */
@ApplicationScoped
public class BulletinPage {
    /** How a reader in the county reads a moment: 2026年6月30日 12:00, in the county's zone. */
    private static final DateTimeFormatter COUNTY_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Template page;
    private final CountyCalendar calendar;

    BulletinPage(@Location("bulletin/page.html") Template page, CountyCalendar calendar) {
        this.page = page;
        this.calendar = calendar;
    }

    /** The page staff read. */
    public String html(BulletinView b) {
        return render(b, false);
    }

    /** The page the public reads: the public version of the content, no publisher. */
    public String publicHtml(BulletinView b) {
        return render(new BulletinView(b.id(), b.period(), b.title(), b.publishedAt(), null, b.scheduled(), b.content().publicVersion()),
                true);
    }

    private String render(BulletinView b, boolean publicVersion) {
        return page.data("b", b)
                .data("publicVersion", publicVersion)
                .data("publishedAt", countyTime(b.publishedAt()))
                .data("checkpointIssuedAt", b.content().auditCheckpoint() == null ? ""
                        : countyTime(b.content().auditCheckpoint().issuedAt()))
                .data("lagPoints", BulletinContent.LAG_POINTS)
                .data("laggingSpi", BulletinContent.LAGGING_SPI)
                .render();
    }

    private String countyTime(Instant instant) {
        return instant == null ? "" : COUNTY_TIME.format(instant.atZone(calendar.zone()));
    }

    private String countyTime(String instant) {
        try {
            return countyTime(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant; // a checkpoint's time as signed, when it is not an instant
        }
    }
}
