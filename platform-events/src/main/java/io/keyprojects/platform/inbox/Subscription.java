package io.keyprojects.platform.inbox;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What one consumer takes in: the event types it knows — an explicit list, each applied or deliberately
 * ignored — and each only from the service that owns the topic it arrives on (its CloudEvent {@code source}).
 * Anything else is dead-lettered, never applied nor stored: only the owner writes a topic's history.
 *
 * @param consumer the name the consumer records processed events under
 * @param group its Kafka consumer group, named on every record it dead-letters
 * @param types the event types it knows
 */
public record Subscription(String consumer, String group, Set<EventType> types) {
    public Subscription {
        types = Set.copyOf(types);
    }

    public static Subscription of(String consumer, String group, Collection<EventType> types) {
        return new Subscription(consumer, group, types.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(types));
    }

    /**
     * The subscription of the consumer behind {@code channel}: its group is the channel's Kafka {@code group.id}
     * (the connector's shared one unless the channel names its own).
     */
    public static Subscription ofChannel(String channel, String consumer, Collection<EventType> types) {
        Config config = ConfigProvider.getConfig();
        String group = config.getOptionalValue("mp.messaging.incoming." + channel + ".group.id", String.class)
                .or(() -> config.getOptionalValue("mp.messaging.connector.smallrye-kafka.group.id", String.class))
                .orElseThrow(() -> new IllegalStateException("channel " + channel + " has no Kafka consumer group"));
        return of(consumer, group, types);
    }

    /** Why {@code event}, read from {@code topic}, is refused; empty when it is accepted. */
    public Optional<String> refusal(String topic, CloudEvent event) {
        String owner = Topics.owner(topic).orElse(null);
        if (owner == null) {
            return Optional.of("no service owns " + topic);
        }
        if (!owner.equals(event.source())) {
            return Optional.of("source " + event.source() + " does not own " + topic + ": only " + owner + " writes it");
        }
        EventType type = EventType.byTypeName(event.type()).orElse(null);
        if (type == null || !types.contains(type) || !type.topic().equals(topic)) {
            return Optional.of("type " + event.type() + " on " + topic + " is not one " + consumer + " knows");
        }
        return Optional.empty();
    }

    /** {@code event} when accepted; a {@link RefusedEventException} naming the reason otherwise. */
    public <E> E accepted(String topic, CloudEvent envelope, E event) {
        refusal(topic, envelope).ifPresent(reason -> {
            throw new RefusedEventException(reason);
        });
        return event;
    }
}
