package io.keyprojects.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The YAML documents under deploy/kubernetes, each with the file it came from. */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One document of one file. */
    record Document(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String apiVersion() {
            return node.path("apiVersion").asText();
        }

        String name() {
            return node.path("metadata").path("name").asText();
        }

        boolean isKustomization() {
            return kind().equals("Kustomization");
        }

        /** A JSON 6902 patch: a list of operations, no kind of its own. */
        boolean isJsonPatch() {
            return node.isArray();
        }

        @Override
        public String toString() {
            return Repository.ROOT.relativize(file) + " " + (isJsonPatch() ? "(JSON patch)" : kind() + " " + name());
        }
    }

    private Manifests() {
    }

    /** Every document of every .yaml file under {@code directory}, in file order. */
    static List<Document> under(Path directory) {
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                documents.addAll(in(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static List<Document> in(Path file) {
        List<Document> documents = new ArrayList<>();
        try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(file.toFile())) {
            for (JsonNode node : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    documents.add(new Document(file, node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return documents;
    }

    /** The resources of the base: what an overlay starts from. */
    static List<Document> baseResources() {
        return under(Repository.KUBERNETES.resolve("base")).stream().filter(d -> !d.isKustomization()).toList();
    }

    static Document resource(String kind, String name) {
        return baseResources().stream().filter(d -> d.kind().equals(kind) && d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("deploy/kubernetes/base has no " + kind + " " + name));
    }

    static List<Document> resources(String kind) {
        return baseResources().stream().filter(d -> d.kind().equals(kind)).toList();
    }

    static ObjectNode copy(JsonNode node) {
        return (ObjectNode) node.deepCopy();
    }
}
