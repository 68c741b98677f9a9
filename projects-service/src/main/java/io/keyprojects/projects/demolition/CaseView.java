package io.keyprojects.projects.demolition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A case with its steps in order, the step it has reached and the one that comes next (null once enforced). */
@Schema(example = "{\"id\": \"5a0c9d7e-1b2f-4c3d-8e9f-0a1b2c3d4e5f\", \"projectId\": \"0b7f6a4e-2f1c-4d6a-9a51-3c1e2f4d5a60\", "
        + "\"household\": \"张某某\", \"address\": \"城关镇东街12号\", \"steps\": [{\"step\": \"NOTICE\", \"position\": 1, "
        + "\"date\": \"2026-04-10\", \"note\": null, \"recordedAt\": \"2026-04-10T08:00:00Z\", \"recordedBy\": \"department@ZJJ\"}], "
        + "\"currentStep\": \"NOTICE\", \"nextStep\": \"VALUATION\", \"openedAt\": \"2026-04-09T08:00:00Z\", \"openedBy\": \"department@ZJJ\"}")
public record CaseView(UUID id, UUID projectId, String household, String address, List<StepView> steps,
                       LegalStep currentStep, LegalStep nextStep, Instant openedAt, String openedBy) {

    public record StepView(LegalStep step, int position, LocalDate date, String note, Instant recordedAt, String recordedBy) {
    }

    static CaseView of(DemolitionCase c, List<CaseStep> steps) {
        List<StepView> views = steps.stream()
                .map(s -> new StepView(s.step, s.position, s.takenOn, s.note, s.recordedAt, s.recordedBy)).toList();
        LegalStep current = views.isEmpty() ? null : views.get(views.size() - 1).step();
        return new CaseView(c.id, c.projectId, c.household, c.address, views, current,
                LegalStep.after(views.size()).orElse(null), c.openedAt, c.openedBy);
    }
}
