package io.keyprojects.assessment.bulletin;

import io.keyprojects.assessment.audit.CanonicalJson;
import java.time.Instant;
import java.util.UUID;

public record BulletinView(UUID id, String period, String title, Instant publishedAt, String publishedBy, BulletinContent content) {

    static BulletinView of(Bulletin b) {
        return new BulletinView(b.id, b.period, b.title, b.publishedAt, b.publishedBy, CanonicalJson.read(b.content, BulletinContent.class));
    }
}
