package io.keyprojects.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kustomize makes of a directory, as far as these manifests need it (there is no kustomize binary in the
 * build): {@code resources} (files, and directories with their own kustomization.yaml), then {@code patches} in
 * order — JSON 6902 patches on every resource their target selects (kind, group, name as a regular expression),
 * strategic-merge patches on the resource of their own kind and name (maps merged, lists replaced, which is
 * what kustomize does for every list these patches touch), and {@code namespace}; {@code images} (where a
 * deployment sets its registry) is accepted and left out, the images being checked in the base. Anything else in a
 * kustomization.yaml is refused, so a feature used here is a feature this reading knows.
 */
final class Kustomization {

    static final Set<String> KEYS = Set.of("apiVersion", "kind", "namespace", "resources", "patches", "images");
    private static final Set<String> PATCH_KEYS = Set.of("path", "target");
    private static final Set<String> TARGET_KEYS = Set.of("kind", "group", "name");

    /** A resource as rendered, with the files it came from and was patched by. */
    record Resource(ObjectNode node, List<Path> files) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        String group() {
            String apiVersion = node.path("apiVersion").asText();
            return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        }
    }

    /** The files a kustomization directory reads, directly or through the directories it names. */
    final List<Path> filesRead = new ArrayList<>();
    final List<Resource> resources = new ArrayList<>();

    private Kustomization() {
    }

    static Kustomization render(Path directory) {
        Kustomization result = new Kustomization();
        result.build(directory);
        return result;
    }

    private void build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.exists(file)) {
            throw new AssertionError(directory + " has no kustomization.yaml");
        }
        filesRead.add(file);
        List<Manifests.Document> documents = Manifests.in(file);
        if (documents.size() != 1) {
            throw new AssertionError(file + " should hold one document");
        }
        JsonNode kustomization = documents.get(0).node();
        expect(file, "kustomize.config.k8s.io/v1beta1".equals(kustomization.path("apiVersion").asText())
                && "Kustomization".equals(kustomization.path("kind").asText()), "apiVersion/kind of a Kustomization");
        kustomization.fieldNames().forEachRemaining(key -> expect(file, KEYS.contains(key), "unknown key " + key));
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = directory.resolve(entry.asText()).normalize();
            expect(file, Files.exists(path), "resource " + entry.asText() + " does not exist");
            if (Files.isDirectory(path)) {
                build(path);
            } else {
                filesRead.add(path);
                for (Manifests.Document document : Manifests.in(path)) {
                    resources.add(new Resource(Manifests.copy(document.node()), new ArrayList<>(List.of(path))));
                }
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            patch.fieldNames().forEachRemaining(key -> expect(file, PATCH_KEYS.contains(key), "unknown patch key " + key));
            Path path = directory.resolve(patch.path("path").asText()).normalize();
            expect(file, Files.isRegularFile(path), "patch " + patch.path("path").asText() + " does not exist");
            filesRead.add(path);
            JsonNode body = Manifests.in(path).get(0).node();
            if (body.isArray()) {
                JsonNode target = patch.path("target");
                expect(file, target.isObject(), "the JSON patch " + path.getFileName() + " needs a target");
                target.fieldNames().forEachRemaining(key -> expect(file, TARGET_KEYS.contains(key), "unknown target key " + key));
                List<Resource> selected = resources.stream().filter(resource -> selects(target, resource)).toList();
                expect(file, !selected.isEmpty(), "the target of " + path.getFileName() + " selects nothing: " + target);
                for (Resource resource : selected) {
                    for (JsonNode operation : body) {
                        apply(operation, resource, path);
                    }
                    resource.files().add(path);
                }
            } else {
                String kind = body.path("kind").asText();
                String name = body.path("metadata").path("name").asText();
                Resource resource = resources.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError(file + ": the patch " + path.getFileName() + " names " + kind + " " + name + ", which is not there"));
                merge(resource.node(), body);
                resource.files().add(path);
            }
        }
        if (kustomization.has("namespace")) {
            for (Resource resource : resources) {
                ((ObjectNode) resource.node().with("metadata")).put("namespace", kustomization.get("namespace").asText());
            }
        }
    }

    List<Resource> ofKind(String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    Resource get(String kind, String name) {
        return resources.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static boolean selects(JsonNode target, Resource resource) {
        if (target.has("kind") && !target.get("kind").asText().equals(resource.kind())) {
            return false;
        }
        if (target.has("group") && !target.get("group").asText().equals(resource.group())) {
            return false;
        }
        return !target.has("name") || Pattern.compile(target.get("name").asText()).matcher(resource.name()).matches();
    }

    /** JSON patch: replace and add on an object's member (the operations these overlays use). */
    private static void apply(JsonNode operation, Resource resource, Path file) {
        String op = operation.path("op").asText();
        expect(file, op.equals("replace") || op.equals("add"), "operation " + op + " is not one these manifests use");
        String[] steps = operation.path("path").asText().substring(1).split("/");
        JsonNode parent = resource.node();
        for (int i = 0; i < steps.length - 1; i++) {
            parent = parent.path(unescape(steps[i]));
        }
        String last = unescape(steps[steps.length - 1]);
        expect(file, parent.isObject(), operation.path("path").asText() + " does not lead into an object of " + resource.kind() + " " + resource.name());
        expect(file, !op.equals("replace") || parent.has(last), "replace of " + operation.path("path").asText() + ", which "
                + resource.kind() + " " + resource.name() + " does not have");
        ((ObjectNode) parent).set(last, operation.get("value").deepCopy());
    }

    private static void merge(ObjectNode into, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                into.set(field.getKey(), field.getValue() instanceof ArrayNode array ? array.deepCopy() : field.getValue().deepCopy());
            }
        }
    }

    private static String unescape(String step) {
        return step.replace("~1", "/").replace("~0", "~");
    }

    private static void expect(Path file, boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(Repository.ROOT.relativize(file) + ": " + message);
        }
    }
}
