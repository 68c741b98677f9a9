package io.keyprojects.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only the gateway is reachable from outside (through the Ingress); each service only from the gateway, and
 * each reaches only its own database, Kafka and the cluster's DNS (notifications-service also the public
 * internet, for webhooks and mail).
 */
class NetworkPoliciesTest {

    private static final String KAFKA_PEER = "strimzi.io/cluster=keyprojects,strimzi.io/kind=Kafka:9092";
    private static final String DNS_PEER = "namespace kubernetes.io/metadata.name=kube-system,k8s-app=kube-dns:53";

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service"})
    void aServiceIsReachedOnlyByTheGatewayAndReachesOnlyItsDatabaseAndKafka(String module) {
        JsonNode policy = policyFor(module);
        int port = Repository.declaredPort(module);
        assertEquals(List.of("app.kubernetes.io/name=gateway:" + port), peers(policy.at("/spec/ingress"), "from"), module + " ingress");
        Set<String> egress = new TreeSet<>(peers(policy.at("/spec/egress"), "to"));
        egress.removeIf(peer -> peer.startsWith("ipBlock 0.0.0.0/0") && module.equals("notifications-service"));
        assertEquals(new TreeSet<>(Set.of("cnpg.io/cluster=" + Repository.DATABASES.get(module) + "-db:5432", KAFKA_PEER, DNS_PEER)), egress,
                module + " egress: its own database, Kafka and DNS");
    }

    @Test
    void theGatewayIsReachedOnlyThroughTheIngressAndReachesTheServicesAndKafka() {
        JsonNode policy = policyFor("gateway");
        assertEquals(List.of("namespace kubernetes.io/metadata.name=ingress-nginx:8080"), peers(policy.at("/spec/ingress"), "from"));
        Set<String> expected = new TreeSet<>(Set.of(KAFKA_PEER, DNS_PEER));
        for (String module : Repository.DATABASES.keySet()) {
            expected.add("app.kubernetes.io/name=" + module + ":" + Repository.declaredPort(module));
        }
        assertEquals(expected, new TreeSet<>(peers(policy.at("/spec/egress"), "to")));
        JsonNode ingress = Manifests.resources("Ingress").get(0).node();
        for (JsonNode rule : ingress.at("/spec/rules")) {
            for (JsonNode path : rule.at("/http/paths")) {
                assertEquals("gateway", path.at("/backend/service/name").asText(), "the Ingress leads only to the gateway");
            }
        }
        assertTrue(Manifests.resources("Service").stream().allMatch(s -> s.node().at("/spec/type").isMissingNode()
                || s.node().at("/spec/type").asText().equals("ClusterIP")), "no Service is exposed by itself (NodePort, LoadBalancer)");
    }

    @Test
    void kafkaTakesClientsOnlyFromThePlatformsPods() {
        JsonNode listeners = Manifests.resource("Kafka", "keyprojects").node().at("/spec/kafka/listeners");
        for (JsonNode listener : listeners) {
            assertEquals("key-projects-platform", listener.at("/networkPolicyPeers/0/podSelector/matchLabels/app.kubernetes.io~1part-of").asText(),
                    "listener " + listener.path("name").asText());
        }
        for (String module : Repository.SERVICES.keySet()) {
            assertEquals("key-projects-platform", DeploymentsAgreeWithServicesTest.deployment(module)
                    .at("/spec/template/metadata/labels/app.kubernetes.io~1part-of").asText(), module + " carries the label Kafka admits");
        }
    }

    private static JsonNode policyFor(String module) {
        List<JsonNode> policies = new ArrayList<>();
        for (Manifests.Document document : Manifests.resources("NetworkPolicy")) {
            if (module.equals(document.node().at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText())) {
                policies.add(document.node());
            }
        }
        assertEquals(1, policies.size(), module + " should have one NetworkPolicy");
        JsonNode policy = policies.get(0);
        List<String> types = new ArrayList<>();
        policy.at("/spec/policyTypes").forEach(type -> types.add(type.asText()));
        assertEquals(List.of("Ingress", "Egress"), types, module + ": both directions closed but for the rules");
        return policy;
    }

    /** Each rule's peers as "labels:port", "namespace labels[,pod labels]:port" or "ipBlock cidr". */
    private static List<String> peers(JsonNode rules, String direction) {
        List<String> peers = new ArrayList<>();
        for (JsonNode rule : rules) {
            Set<Integer> ports = new TreeSet<>();
            rule.path("ports").forEach(port -> ports.add(port.path("port").asInt()));
            for (JsonNode peer : rule.path(direction)) {
                if (peer.has("ipBlock")) {
                    peers.add("ipBlock " + peer.at("/ipBlock/cidr").asText());
                    continue;
                }
                StringBuilder text = new StringBuilder();
                if (peer.has("namespaceSelector")) {
                    text.append("namespace ").append(labels(peer.at("/namespaceSelector/matchLabels")));
                    if (peer.has("podSelector")) {
                        text.append(',');
                    }
                }
                if (peer.has("podSelector")) {
                    text.append(labels(peer.at("/podSelector/matchLabels")));
                }
                for (int port : ports) {
                    String entry = text + ":" + port;
                    if (!peers.contains(entry)) {
                        peers.add(entry);
                    }
                }
            }
        }
        return peers;
    }

    private static String labels(JsonNode matchLabels) {
        List<String> labels = new ArrayList<>();
        matchLabels.fields().forEachRemaining(entry -> labels.add(entry.getKey() + "=" + entry.getValue().asText()));
        return String.join(",", labels);
    }
}
