package io.keyprojects.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads a manifest into its kind's Java model and finds every field the model does not know. The Kubernetes kinds
 * use the fabric8 model, Strimzi's kinds Strimzi's own API model (the classes its CRDs are generated from). Both
 * keep unknown fields in an {@code additionalProperties} map instead of failing, so after reading with
 * FAIL_ON_UNKNOWN_PROPERTIES the whole object tree is walked and every non-empty such map is a misspelt or
 * unsupported field.
 */
final class StrictModel {

    /** apiVersion + kind → its model. A kind not listed here is not read strictly and so is refused. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("apps/v1 Deployment", Deployment.class),
            Map.entry("v1 Service", Service.class),
            Map.entry("v1 ConfigMap", ConfigMap.class),
            Map.entry("v1 Secret", Secret.class),
            Map.entry("v1 PersistentVolumeClaim", PersistentVolumeClaim.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1 PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1 Ingress", Ingress.class),
            Map.entry("kafka.strimzi.io/v1beta2 Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2 KafkaTopic", KafkaTopic.class));

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private StrictModel() {
    }

    static boolean knows(String apiVersion, String kind) {
        return MODELS.containsKey(apiVersion + " " + kind);
    }

    /** The problems of one document: empty when its model reads it whole. */
    static List<String> problems(String apiVersion, String kind, JsonNode node) {
        Class<?> model = MODELS.get(apiVersion + " " + kind);
        if (model == null) {
            return List.of("no model for " + apiVersion + " " + kind);
        }
        Object value;
        try {
            value = MAPPER.treeToValue(node, model);
        } catch (Exception e) {
            return List.of(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
        List<String> unknown = new ArrayList<>();
        walk(value, "", unknown, 0);
        return unknown;
    }

    private static void walk(Object value, String path, List<String> unknown, int depth) {
        if (value == null || depth > 64) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, unknown, depth + 1));
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", unknown, depth + 1);
            }
            return;
        }
        String packageName = value.getClass().getPackageName();
        if (value.getClass().isEnum() || !(packageName.startsWith("io.fabric8") || packageName.startsWith("io.strimzi"))) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            String name = getter.getName();
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class
                    || !(name.startsWith("get") || name.startsWith("is"))) {
                continue;
            }
            Object result;
            try {
                result = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue; // a derived getter that needs more than the manifest gives
            }
            if (name.equals("getAdditionalProperties")) {
                if (result instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add((path.isEmpty() ? "." : path) + ": unknown " + extra.keySet());
                }
                continue;
            }
            String property = name.startsWith("is") ? name.substring(2) : name.substring(3);
            walk(result, path + "." + Character.toLowerCase(property.charAt(0)) + property.substring(1), unknown, depth + 1);
        }
    }
}
