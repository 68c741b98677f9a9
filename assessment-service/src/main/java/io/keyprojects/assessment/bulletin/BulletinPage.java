package io.keyprojects.assessment.bulletin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A bulletin as a plain, printable HTML page in Chinese (no scripts), rendered by the Qute template
 * {@code templates/bulletin/page.html}, which escapes every value. The public version leaves out what the content's
 * {@link BulletinContent#publicVersion()} removes and who published it.
 */
@ApplicationScoped
public class BulletinPage {
    private final Template page;

    BulletinPage(@Location("bulletin/page.html") Template page) {
        this.page = page;
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
                .data("lagPoints", BulletinContent.LAG_POINTS)
                .data("laggingSpi", BulletinContent.LAGGING_SPI)
                .render();
    }
}
