package io.keyprojects.platform.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Request bodies are read strictly, so a wrong value is a 400 problem instead of something stored that
 * the client did not mean: no fraction silently dropped from a whole number, no empty string taken as
 * "no value", no instant taken as a date, no date outside {@link PlausibleDateDeserializer}'s years.
 */
@Singleton
public class StrictJsonReading implements ObjectMapperCustomizer {

    /** Last, so these rules are not overridden by modules Quarkus registers (JavaTimeModule among them). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("plausible-dates").addDeserializer(LocalDate.class, new PlausibleDateDeserializer()));
        return mapper;
    }
}
