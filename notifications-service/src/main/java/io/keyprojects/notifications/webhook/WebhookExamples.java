package io.keyprojects.notifications.webhook;

/** The media types and examples the webhook operations document their answers with. */
public final class WebhookExamples {
    private WebhookExamples() {
    }

    public static final String JSON = "application/json";
    public static final String PROBLEM = "application/problem+json";
    public static final String ENDPOINT_EXAMPLE = """
            {"id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "unit": "ZJJ", "url": "https://zjj.county.gov.cn/hooks/keyprojects",
             "description": "住建局项目管理系统", "eventTypes": ["county.issues.issue-escalated.v1"], "scope": "UNIT",
             "enabled": true, "createdBy": "department@ZJJ", "createdAt": "2026-06-30T02:00:00Z",
             "updatedAt": "2026-06-30T02:00:00Z", "version": 0}""";
    public static final String CREATED_EXAMPLE = """
            {"id": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "unit": "ZJJ", "url": "https://zjj.county.gov.cn/hooks/keyprojects",
             "description": "住建局项目管理系统", "eventTypes": ["county.issues.issue-escalated.v1"], "scope": "UNIT",
             "enabled": true, "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "createdBy": "department@ZJJ",
             "createdAt": "2026-06-30T02:00:00Z", "updatedAt": "2026-06-30T02:00:00Z", "version": 0}""";
    public static final String DELIVERY_EXAMPLE = """
            {"id": "1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b", "endpointId": "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f",
             "eventId": "0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01", "eventType": "county.issues.issue-escalated.v1",
             "subject": "5d1c3f0e-8a8e-4d5e-9a59-2f0c8f6f1b11", "status": "DELIVERED", "attempts": 2,
             "lastStatus": 200, "lastResponse": "ok", "lastLatencyMs": 42, "createdAt": "2026-06-30T02:00:00Z",
             "finishedAt": "2026-06-30T02:00:06Z",
             "history": [{"attempt": 1, "attemptedAt": "2026-06-30T02:00:00Z", "statusCode": 503, "latencyMs": 30, "responseExcerpt": "busy"},
                         {"attempt": 2, "attemptedAt": "2026-06-30T02:00:06Z", "statusCode": 200, "latencyMs": 42, "responseExcerpt": "ok"}]}""";
    public static final String FORBIDDEN = """
            {"type": "https://keyprojects.county/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "webhook endpoint 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f belongs to another unit"}""";
    public static final String NOT_FOUND = """
            {"type": "https://keyprojects.county/problems/not-found", "title": "Not found", "status": 404,
             "detail": "webhook endpoint 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f does not exist"}""";
    public static final String INTERNAL_TARGET = """
            {"type": "https://keyprojects.county/problems/internal-target", "title": "Internal target refused", "status": 422,
             "detail": "the host 10.0.0.5 resolves to 10.0.0.5, a private address; such targets need to be in the allowed ranges of the configuration"}""";
    public static final String INVALID = """
            {"type": "https://keyprojects.county/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "some event types are unknown", "errors": {"eventTypes[0]": "not an event type of projects.events, issues.events or assessment.events"}}""";
}
