package io.keyprojects.assessment.facts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.MalformedEventException;
import io.keyprojects.contracts.data.BaselineApproved;
import io.keyprojects.contracts.data.HonourConfirmed;
import io.keyprojects.contracts.data.InspectionRecorded;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.IssueStatusChanged;
import io.keyprojects.contracts.data.MeetingDecisionRecorded;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestoneOverdue;
import io.keyprojects.contracts.data.MilestonePlanned;
import io.keyprojects.contracts.data.PersonRegistered;
import io.keyprojects.contracts.data.PersonUpdated;
import io.keyprojects.contracts.data.ProgressReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.contracts.data.RectificationStatusChanged;
import io.keyprojects.contracts.data.UnitRegistered;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An event as the facts use it: the envelope, its type ({@code null} when newer than this service) and its
 * data read into that type's record ({@code null} for a type the facts do not use). Reading the data when the
 * event arrives means a record whose data the facts could not use is dead-lettered then, never met in a replay.
 */
public record FactEvent(CloudEvent envelope, EventType type, Object data) {
    private static final Map<String, EventType> TYPES = Arrays.stream(EventType.values())
            .collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));
    private static final Map<EventType, ObjectReader> DATA = new EnumMap<>(EventType.class);
    private static final ObjectReader INSTANT = EventJson.MAPPER.readerFor(Instant.class);

    static {
        data(EventType.UNIT_REGISTERED, UnitRegistered.class);
        data(EventType.PERSON_REGISTERED, PersonRegistered.class);
        data(EventType.PERSON_UPDATED, PersonUpdated.class);
        data(EventType.PROJECT_REGISTERED, ProjectRegistered.class);
        data(EventType.PROJECT_UPDATED, ProjectUpdated.class);
        data(EventType.PROJECT_PHASE_CHANGED, ProjectPhaseChanged.class);
        data(EventType.PROGRESS_REPORTED, ProgressReported.class);
        data(EventType.MILESTONE_PLANNED, MilestonePlanned.class);
        data(EventType.MILESTONE_COMPLETED, MilestoneCompleted.class);
        data(EventType.MILESTONE_OVERDUE, MilestoneOverdue.class);
        data(EventType.ISSUE_REPORTED, IssueReported.class);
        data(EventType.ISSUE_STATUS_CHANGED, IssueStatusChanged.class);
        data(EventType.ISSUE_RESOLVED, IssueResolved.class);
        data(EventType.MEETING_DECISION_RECORDED, MeetingDecisionRecorded.class);
        data(EventType.RECTIFICATION_ISSUED, RectificationIssued.class);
        data(EventType.RECTIFICATION_STATUS_CHANGED, RectificationStatusChanged.class);
        data(EventType.BASELINE_APPROVED, BaselineApproved.class);
        data(EventType.INSPECTION_RECORDED, InspectionRecorded.class);
        data(EventType.HONOUR_CONFIRMED, HonourConfirmed.class);
    }

    private static void data(EventType type, Class<?> record) {
        DATA.put(type, EventJson.MAPPER.readerFor(record));
    }

    public String id() {
        return envelope.id();
    }

    /** A record value as it arrives; {@link MalformedEventException} when the envelope or the data cannot be understood. */
    public static FactEvent read(String json) {
        return of(EventJson.read(json));
    }

    public static FactEvent of(CloudEvent event) {
        if (event.time() == null) {
            throw new MalformedEventException("event lacks its time"); // the log and every "as of" need it
        }
        EventType type = TYPES.get(event.type());
        ObjectReader reader = type == null ? null : DATA.get(type);
        if (reader == null) {
            return new FactEvent(event, type, null);
        }
        try {
            Object data = event.data() == null ? null : reader.readValue(event.data());
            if (data == null) {
                throw new MalformedEventException(event.type() + " has no data");
            }
            return new FactEvent(event, type, data);
        } catch (IOException e) {
            throw new MalformedEventException(event.type() + " data does not match its type: " + e.getMessage());
        }
    }

    /**
     * An event from the store, read in one pass: the data goes straight into its record, without the JSON tree
     * {@link #read} builds. Stored payloads were understood when they arrived and are written with the type before
     * the data; should the data come first, it is read as a tree and converted once the type is known.
     */
    public static FactEvent stored(String json) {
        try (JsonParser p = EventJson.MAPPER.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedEventException("a stored event is not a JSON object");
            }
            String specversion = null;
            String id = null;
            String source = null;
            String typeName = null;
            String subject = null;
            Instant time = null;
            String contentType = null;
            String dataSchema = null;
            EventType type = null;
            Object data = null;
            JsonNode early = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "specversion" -> specversion = p.getValueAsString();
                    case "id" -> id = p.getValueAsString();
                    case "source" -> source = p.getValueAsString();
                    case "type" -> {
                        typeName = p.getValueAsString();
                        type = TYPES.get(typeName);
                    }
                    case "subject" -> subject = p.getValueAsString();
                    case "time" -> time = value == JsonToken.VALUE_NULL ? null : INSTANT.readValue(p);
                    case "datacontenttype" -> contentType = p.getValueAsString();
                    case "dataschema" -> dataSchema = p.getValueAsString();
                    case "data" -> {
                        ObjectReader reader = type == null ? null : DATA.get(type);
                        if (reader != null) {
                            data = reader.readValue(p);
                        } else if (typeName == null) {
                            early = EventJson.MAPPER.readTree(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            CloudEvent envelope = new CloudEvent(specversion, id, source, typeName, subject, time, contentType, dataSchema, early);
            return early != null ? of(envelope) : new FactEvent(envelope, type, data);
        } catch (IOException e) {
            throw new MalformedEventException("a stored event cannot be read: " + e.getMessage());
        }
    }
}
