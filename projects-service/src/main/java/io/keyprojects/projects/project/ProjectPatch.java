package io.keyprojects.projects.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.projects.baseline.Replans;
import io.keyprojects.projects.person.Person;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** A parsed, checked merge patch: the new values and which fields the client sent. */
public record ProjectPatch(ProjectEdit values, List<String> fields) {

    static ProjectPatch parse(JsonNode body, ObjectMapper json, Validator validator) {
        if (!(body instanceof ObjectNode object) || object.isEmpty()) {
            throw ProblemException.badRequest("send a JSON object with the fields to change", Map.of());
        }
        Map<String, String> errors = new TreeMap<>();
        TreeSet<String> fields = new TreeSet<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ProjectEdit.FIELDS.contains(name)) {
                errors.put(name, "unknown or not editable here (code is fixed; phase moves through POST /phase)");
            } else if (object.get(name).isNull() && ProjectEdit.REQUIRED_FIELDS.contains(name)) {
                errors.put(name, "must not be null");
            } else {
                fields.add(name);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("some fields cannot be changed this way", errors);
        }
        ProjectEdit values = convert(object, json);
        var violations = validator.validate(values);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return new ProjectPatch(values, new ArrayList<>(fields));
    }

    /** The names a body sends, nothing judged yet: what authorisation looks at before the values are checked. */
    static List<String> fieldNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        if (body instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** The plan fields (dates and amounts) this patch sends, each with the project's value now: what a re-plan judges. */
    List<Replans.Proposal> planProposals(Project p) {
        return Replans.PROJECT_PLAN_FIELDS.stream().filter(this::has).map(field -> switch (field) {
            case "plannedStart" -> new Replans.Proposal(field, p.plannedStart, values.plannedStart());
            case "plannedEnd" -> new Replans.Proposal(field, p.plannedEnd, values.plannedEnd());
            case "plannedInvestment" -> new Replans.Proposal(field, p.plannedInvestment, values.plannedInvestment());
            default -> new Replans.Proposal(field, p.annualPlannedInvestment, values.annualPlannedInvestment());
        }).toList();
    }

    boolean has(String field) {
        return fields.contains(field);
    }

    private static ProjectEdit convert(ObjectNode object, ObjectMapper json) {
        try {
            return json.treeToValue(object, ProjectEdit.class);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().get(0).getFieldName();
            throw ProblemException.badRequest("a field has the wrong type or format",
                    Map.of(field == null ? "body" : field, "wrong type or format"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.badRequest("the body is not a valid project edit", Map.of());
        }
    }

    /** The tasks to keep: those sent, and for a unit sent by code alone the task it had before. */
    static Map<String, String> tasks(List<CooperatingUnit> cooperating, Map<String, String> before) {
        Map<String, String> tasks = new java.util.TreeMap<>();
        if (cooperating != null) {
            for (CooperatingUnit c : cooperating) {
                String task = c.task() != null ? c.task() : before.get(c.unit());
                if (task != null) {
                    tasks.put(c.unit(), task);
                }
            }
        }
        return tasks;
    }

    /**
     * Sets the sent fields on {@code p}; returns the names of those whose value really changed. {@code leader}: the
     * lead official named by id, when the patch names one.
     */
    List<String> applyTo(Project p, Person leader) {
        ProjectEdit v = values;
        List<String> changed = new ArrayList<>();
        for (String field : fields) {
            boolean differs = switch (field) {
                case "name" -> !java.util.Objects.equals(p.name, v.name()) && set(() -> p.name = v.name());
                case "description" -> !java.util.Objects.equals(p.description, v.description()) && set(() -> p.description = v.description());
                case "category" -> p.category != v.category() && set(() -> p.category = v.category());
                case "year" -> p.year != v.year() && set(() -> p.year = v.year());
                case "leadUnit" -> !p.leadUnit.equals(v.leadUnit()) && set(() -> p.leadUnit = v.leadUnit());
                case "leadOfficial" -> !java.util.Objects.equals(p.leadOfficial, v.leadOfficial()) && set(() -> p.leadOfficial = v.leadOfficial());
                case "leadOfficialId" -> !java.util.Objects.equals(p.leadOfficialId, v.leadOfficialId()) && set(() -> {
                    p.leadOfficialId = v.leadOfficialId();
                    if (leader != null) {
                        p.leadOfficial = Project.leadOfficialLabel(leader);
                    }
                });
                case "responsiblePersonId" -> !java.util.Objects.equals(p.responsiblePersonId, v.responsiblePersonId())
                        && set(() -> p.responsiblePersonId = v.responsiblePersonId());
                case "cooperatingUnits" -> {
                    List<String> codes = ProjectRegistry.codes(v.cooperatingUnits());
                    Map<String, String> tasks = tasks(v.cooperatingUnits(), p.cooperatingTasks);
                    yield (!p.cooperatingUnits.equals(codes) || !p.cooperatingTasks.equals(tasks)) && set(() -> {
                        p.cooperatingUnits = new ArrayList<>(codes);
                        p.cooperatingTasks = tasks;
                    });
                }
                case "township" -> !java.util.Objects.equals(p.township, v.township()) && set(() -> p.township = v.township());
                case "latitude" -> !java.util.Objects.equals(p.latitude, v.latitude()) && set(() -> p.latitude = v.latitude());
                case "longitude" -> !java.util.Objects.equals(p.longitude, v.longitude()) && set(() -> p.longitude = v.longitude());
                case "plannedInvestment" -> !sameAmount(p.plannedInvestment, v.plannedInvestment())
                        && set(() -> p.plannedInvestment = v.plannedInvestment());
                case "annualPlannedInvestment" -> !sameAmount(p.annualPlannedInvestment, v.annualPlannedInvestment())
                        && set(() -> p.annualPlannedInvestment = v.annualPlannedInvestment());
                case "completedInvestment" -> !sameAmount(p.completedInvestment, v.completedInvestment())
                        && set(() -> p.completedInvestment = v.completedInvestment());
                case "plannedStart" -> !java.util.Objects.equals(p.plannedStart, v.plannedStart()) && set(() -> p.plannedStart = v.plannedStart());
                case "plannedEnd" -> !java.util.Objects.equals(p.plannedEnd, v.plannedEnd()) && set(() -> p.plannedEnd = v.plannedEnd());
                case "actualStart" -> !java.util.Objects.equals(p.actualStart, v.actualStart()) && set(() -> p.actualStart = v.actualStart());
                case "actualEnd" -> !java.util.Objects.equals(p.actualEnd, v.actualEnd()) && set(() -> p.actualEnd = v.actualEnd());
                case "progressPercent" -> !sameAmount(p.progressPercent, v.progressPercent())
                        && set(() -> p.progressPercent = v.progressPercent());
                default -> throw new IllegalStateException("unhandled field " + field);
            };
            if (differs) {
                changed.add(field);
            }
        }
        if (p.plannedStart != null && p.plannedEnd != null && p.plannedEnd.isBefore(p.plannedStart)) {
            throw ProblemException.badRequest("the planned end would be before the planned start",
                    Map.of("plannedEnd", "must not be before plannedStart"));
        }
        if (p.actualStart != null && p.actualEnd != null && p.actualEnd.isBefore(p.actualStart)) {
            throw ProblemException.badRequest("the actual end would be before the actual start",
                    Map.of("actualEnd", "must not be before actualStart"));
        }
        return changed;
    }

    private static boolean set(Runnable assignment) {
        assignment.run();
        return true;
    }

    private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
