package io.keyprojects.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** An ISO date (YYYY-MM-DD, nothing more) in the years a county programme can mean: 1900 to 2199. */
final class PlausibleDateDeserializer extends LocalDateDeserializer {
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    PlausibleDateDeserializer() {
        super(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** Kept as it is: the module's contextual copies would be plain, lenient LocalDate deserializers. */
    @Override
    public com.fasterxml.jackson.databind.JsonDeserializer<?> createContextual(DeserializationContext context,
                                                                            com.fasterxml.jackson.databind.BeanProperty property) {
        return this;
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getValueAsString();
        if (text != null && !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw InvalidFormatException.from(parser, "not a date", text, LocalDate.class);
        }
        LocalDate date = super.deserialize(parser, context);
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw InvalidFormatException.from(parser, "year out of range", text, LocalDate.class);
        }
        return date;
    }
}
