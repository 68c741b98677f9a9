package io.keyprojects.projects.preliminary;

import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.milestone.MilestoneKind;
import io.keyprojects.projects.project.FigureErrors;
import io.keyprojects.projects.project.ProjectCategory;
import io.keyprojects.projects.unit.Unit;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The templates of the standard preliminary steps (前期工作), one per project category: read by all staff,
 * stated whole by the commander at the version read. Call inside a session (a transaction to write).
 */
@ApplicationScoped
public class MilestoneTemplates {
    static final int MAX_STEPS = 30;
    private final CountyCalendar calendar;

    MilestoneTemplates(CountyCalendar calendar) {
        this.calendar = calendar;
    }

    /** Every category's template, in the categories' order. */
    public Uni<List<TemplateView>> all() {
        return MilestoneTemplate.<MilestoneTemplate>listAll().chain(templates -> TemplateStep.<TemplateStep>list("order by category, position")
                .map(steps -> {
                    Map<String, List<TemplateStep>> byCategory = steps.stream().collect(Collectors.groupingBy(s -> s.category));
                    return templates.stream()
                            .sorted((a, b) -> ProjectCategory.valueOf(a.category).compareTo(ProjectCategory.valueOf(b.category)))
                            .map(t -> TemplateView.of(t, byCategory.getOrDefault(t.category, List.of()))).toList();
                }));
    }

    public Uni<TemplateView> of(ProjectCategory category) {
        return MilestoneTemplate.<MilestoneTemplate>findById(category.name())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("milestone template", category))
                .chain(t -> steps(category).map(steps -> TemplateView.of(t, steps)));
    }

    static Uni<List<TemplateStep>> steps(ProjectCategory category) {
        return TemplateStep.list("category", Sort.ascending("position"), category.name());
    }

    /** Only the commander; then If-Match (428), the steps (422), the version (412). A template equal to the current one changes nothing. */
    public Uni<TemplateView> replace(ProjectCategory category, String ifMatch, TemplateSheet sheet, Caller caller) {
        if (!caller.is(Roles.COMMANDER)) {
            throw ProblemException.forbidden("only the commander edits the templates of preliminary work");
        }
        IfMatch expected = IfMatch.required(ifMatch);
        List<TemplateSheet.Step> stated = check(sheet);
        return requireUnitsKnown(stated)
                .chain(() -> MilestoneTemplate.<MilestoneTemplate>findById(category.name(), LockModeType.PESSIMISTIC_WRITE))
                .chain(existing -> {
                    long current = existing == null ? 0 : existing.version;
                    expected.requireCurrent(current, "the " + category + " template");
                    return steps(category).chain(before -> {
                        if (existing != null && same(before, stated)) {
                            return Uni.createFrom().item(TemplateView.of(existing, before)); // no new version
                        }
                        MilestoneTemplate t = existing != null ? existing : new MilestoneTemplate();
                        t.category = category.name();
                        t.version = current + 1;
                        t.updatedAt = calendar.now();
                        t.updatedBy = caller.name();
                        List<TemplateStep> after = new ArrayList<>();
                        for (int i = 0; i < stated.size(); i++) {
                            after.add(step(category, i + 1, stated.get(i)));
                        }
                        Uni<?> saved = existing == null ? t.persist() : Uni.createFrom().item(t);
                        return saved.call(() -> TemplateStep.delete("category", category.name()))
                                .call(Panache::flush) // the old positions go before the new ones take them
                                .call(() -> TemplateStep.persist(after))
                                .call(Panache::flush)
                                .map(x -> TemplateView.of(t, after));
                    });
                });
    }

    private static TemplateStep step(ProjectCategory category, int position, TemplateSheet.Step s) {
        MilestoneKind kind = MilestoneKind.valueOf(s.kind().trim());
        TemplateStep step = new TemplateStep();
        step.id = UUID.randomUUID();
        step.category = category.name();
        step.position = position;
        step.kind = kind;
        step.name = s.name() == null || s.name().isBlank() ? kind.label() : s.name().strip();
        step.durationDays = s.durationDays();
        step.responsibleUnit = blankToNull(s.responsibleUnit());
        return step;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The stated steps; 422 naming each wrong field as {@code steps[i].field}. */
    private static List<TemplateSheet.Step> check(TemplateSheet sheet) {
        FigureErrors errors = new FigureErrors();
        List<TemplateSheet.Step> steps = sheet == null ? null : sheet.steps();
        if (steps == null || steps.isEmpty()) {
            errors.add("steps", "at least one step").throwIfAny("template");
        }
        if (steps.size() > MAX_STEPS) {
            errors.add("steps", "at most " + MAX_STEPS + " steps").throwIfAny("template");
        }
        Set<MilestoneKind> seen = new LinkedHashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            String at = "steps[" + i + "]";
            TemplateSheet.Step s = steps.get(i);
            if (s == null) {
                errors.add(at, "is required");
                continue;
            }
            MilestoneKind kind = kindOf(s.kind());
            if (kind == null || kind.stage() != MilestoneKind.Stage.PRELIMINARY) {
                errors.add(at + ".kind", "one of the preliminary kinds " + Arrays.stream(MilestoneKind.values())
                        .filter(k -> k.stage() == MilestoneKind.Stage.PRELIMINARY).toList());
            } else if (!seen.add(kind)) {
                errors.add(at + ".kind", kind + " is stated twice");
            }
            if (s.durationDays() == null || s.durationDays() < 1 || s.durationDays() > 3650) {
                errors.add(at + ".durationDays", "1 to 3650 days");
            }
            if (s.name() != null && s.name().length() > 200) {
                errors.add(at + ".name", "at most 200 characters");
            }
            if (s.responsibleUnit() != null && s.responsibleUnit().length() > 16) {
                errors.add(at + ".responsibleUnit", "at most 16 characters");
            }
        }
        errors.throwIfAny("template");
        return steps;
    }

    private static MilestoneKind kindOf(String text) {
        try {
            return text == null ? null : MilestoneKind.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Uni<Void> requireUnitsKnown(List<TemplateSheet.Step> steps) {
        List<String> named = steps.stream().map(s -> blankToNull(s.responsibleUnit())).filter(u -> u != null).distinct().toList();
        if (named.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Unit.<Unit>list("code in ?1", named).invoke(found -> {
            Set<String> known = found.stream().map(u -> u.code).collect(Collectors.toSet());
            for (int i = 0; i < steps.size(); i++) {
                String unit = blankToNull(steps.get(i).responsibleUnit());
                if (unit != null && !known.contains(unit)) {
                    throw ProblemException.unknownUnit("steps[" + i + "].responsibleUnit", unit);
                }
            }
        }).replaceWithVoid();
    }

    private static boolean same(List<TemplateStep> before, List<TemplateSheet.Step> stated) {
        if (before.size() != stated.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            TemplateStep b = before.get(i);
            TemplateStep s = step(ProjectCategory.valueOf(b.category), i + 1, stated.get(i));
            if (b.kind != s.kind || !b.name.equals(s.name) || b.durationDays != s.durationDays
                    || !java.util.Objects.equals(b.responsibleUnit, s.responsibleUnit)) {
                return false;
            }
        }
        return true;
    }
}
