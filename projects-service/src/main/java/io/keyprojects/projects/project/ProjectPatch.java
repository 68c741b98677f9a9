package io.keyprojects.projects.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.projects.baseline.Replans;
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
}
