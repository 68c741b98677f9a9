package io.keyprojects.assessment.bulletin;

import io.keyprojects.assessment.audit.CanonicalJson;
import java.time.Instant;
import java.util.UUID;

/** A bulletin as published; {@code scheduled} when the schedule published it (定期通报) rather than a person on demand. */
public record BulletinView(UUID id, String period, String title, Instant publishedAt, String publishedBy, boolean scheduled,
                           BulletinContent content) {

    static BulletinView of(Bulletin b) {
        return new BulletinView(b.id, b.period, b.title, b.publishedAt, b.publishedBy, b.scheduled,
                CanonicalJson.read(b.content, BulletinContent.class));
    }
}
