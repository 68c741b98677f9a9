package io.keyprojects.gateway.publicity;

import io.keyprojects.platform.openapi.ApiConventions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the public answers, for the OpenAPI document only: the answers themselves are built as
 * JSON trees (an allow-list of the registry's fields, a JSON Feed) and must match these.
 */
final class PublicDocuments {
    private PublicDocuments() {
    }

    @Schema(name = "PublicProject", description = "what the public may see of a project; a field without a value is left out")
    record Project(UUID id, String code, String name, String description,
                   @Schema(description = "the project's category, e.g. ECOLOGY") String category, Integer year,
                   String township, String leadUnit, Location location,
                   @Schema(ref = ApiConventions.MONEY) BigDecimal plannedInvestment,
                   LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                   @Schema(description = "the project's phase, e.g. UNDER_CONSTRUCTION") String phase,
                   BigDecimal progressPercent) {
    }

    @Schema(name = "PublicProjectLocation")
    record Location(double lat, double lng) {
    }

    @Schema(name = "PublicProjectPage", requiredProperties = {"items", "page", "size", "total"})
    record ProjectPage(List<Project> items, int page, int size, long total) {
    }

    @Schema(name = "JsonFeed", description = "JSON Feed 1.1 (https://jsonfeed.org/version/1.1)",
            requiredProperties = {"version", "title", "items"})
    record JsonFeed(String version, String title, String language, String home_page_url, String feed_url, List<JsonFeedItem> items) {
    }

    @Schema(name = "JsonFeedItem", requiredProperties = {"id", "title", "content_text", "url", "date_published", "tags"})
    record JsonFeedItem(String id, String title, String content_text,
                        @Schema(description = "the public page: the project's (/public/projects/{code}) or the bulletin's (/public/bulletins/{id})") String url,
                        Instant date_published,
                        @Schema(description = "project-started, milestone-reached, project-completed, bulletin, model-case or exposure") List<String> tags,
                        @Schema(description = "the project's code (none on a bulletin)") String _project_code) {
    }
}
