package io.keyprojects.issues.link;

import io.keyprojects.contracts.data.DemolitionCaseOpened;
import io.keyprojects.contracts.data.FundingUpdated;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * What a blocker can link to in projects-service's records, kept from projects.events (this service never calls
 * projects-service): a holdout household's legal case, which a LEGAL_PROCEDURE blocker names, and a project's
 * funding gap, which a FUNDING blocker points at. The projection runs inside the inbox's transaction; the checks
 * inside the request's.
 */
@ApplicationScoped
public class BlockerLinks {

    /** demolition-case-opened: the case becomes known (once; a redelivered event changes nothing). */
    public Uni<Void> caseOpened(DemolitionCaseOpened data) {
        return KnownLegalCase.<KnownLegalCase>findById(data.id()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            KnownLegalCase c = new KnownLegalCase();
            c.id = data.id();
            c.projectId = data.projectId();
            c.household = data.household();
            c.openedAt = data.openedAt();
            return c.persist().replaceWithVoid();
        });
    }

    /** funding-updated: the project's totals and gap follow; an older version than the row's is ignored. */
    public Uni<Void> fundingUpdated(FundingUpdated data) {
        return KnownFunding.<KnownFunding>findById(data.projectId()).chain(existing -> {
            if (existing != null && data.version() <= existing.version) {
                return Uni.createFrom().voidItem();
            }
            KnownFunding f = existing != null ? existing : new KnownFunding();
            f.projectId = data.projectId();
            f.planned = data.planned();
            f.secured = data.secured();
            f.gap = data.gap();
            f.version = data.version();
            return (existing != null ? Uni.createFrom().item(f) : f.persist()).replaceWithVoid();
        });
    }

    /** 422 {@code unknown-case} unless {@code caseId} is a legal case of {@code projectId}. */
    public Uni<Void> requireCaseOf(UUID projectId, UUID caseId) {
        return KnownLegalCase.<KnownLegalCase>findById(caseId).invoke(c -> {
            if (c == null || !c.projectId.equals(projectId)) {
                throw new ProblemException(Problem.of(422, "unknown-case", "Unknown legal case",
                        "no legal-procedure case " + caseId + " is known for project " + projectId)
                        .withErrors(Map.of("legalCaseId", "no such case of this blocker's project")));
            }
        }).replaceWithVoid();
    }

    /** 422 {@code no-funding-gap} unless the project's funding is known and falls short. */
    public Uni<Void> requireGapOf(UUID projectId) {
        return KnownFunding.<KnownFunding>findById(projectId).invoke(f -> {
            if (f == null || f.gap.signum() <= 0) {
                throw new ProblemException(Problem.of(422, "no-funding-gap", "No funding gap",
                        f == null ? "no funding is recorded for project " + projectId + ": there is no gap to link to"
                                : "the funding of project " + projectId + " has no gap (planned " + f.planned.toPlainString()
                                        + ", secured " + f.secured.toPlainString() + ")")
                        .withErrors(Map.of("fundingGap", "the project's funding has no gap")));
            }
        }).replaceWithVoid();
    }
}
