package org.borderwatch.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.contract.Topics;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine or cluster runs here, so the deploy files are checked as files: they parse, and what they
 * reference exists (config maps, secrets, volumes, Dockerfiles, probes, the contract's topics and their policies).
 */
class DeployFilesTest {
    static final Path ROOT = Path.of(System.getProperty("borderwatch.root", "..")).toAbsolutePath().normalize();
    static final Path DEPLOY = ROOT.resolve("deploy");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Map<String, String> POLICY = Map.of(Topics.RAW, "compact", Topics.ANALYZED, "compact",
            Topics.REJECTED, "delete", Topics.RAW_DLQ, "delete", Topics.ANALYZED_DLQ, "delete",
            Topics.REJECTED_DLQ, "delete");
    static final List<String> SERVICES = List.of("ingest-service", "extract-service", "query-service");

    static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).readValues(YAML.getFactory().createParser(file.toFile()))) {
            while (it.hasNext()) {
                JsonNode n = (JsonNode) it.next();
                if (n != null && !n.isNull() && !n.isEmpty()) {
                    docs.add(n);
                }
            }
        }
        return docs;
    }

    static List<JsonNode> k8s() throws IOException {
        JsonNode kustomization = documents(DEPLOY.resolve("k8s/kustomization.yaml")).get(0);
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode resource : kustomization.get("resources")) {
            Path file = DEPLOY.resolve("k8s").resolve(resource.asText());
            assertTrue(Files.exists(file), "kustomization lists " + file);
            all.addAll(documents(file));
        }
        return all;
    }

    static Map<String, JsonNode> byKindAndName(List<JsonNode> docs) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode d : docs) {
            out.put(d.path("kind").asText() + "/" + d.path("metadata").path("name").asText(), d);
        }
        return out;
    }

    static int httpPort(String svc) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(svc).resolve("src/main/resources/application.properties"))) {
            p.load(in);
        }
        return Integer.parseInt(p.getProperty("quarkus.http.port"));
    }

    @Test
    void everyDeploymentReferencesWhatExistsAndProbesTheHealthEndpoints() throws IOException {
        List<JsonNode> docs = k8s();
        Map<String, JsonNode> index = byKindAndName(docs);
        for (String svc : SERVICES) {
            JsonNode deployment = index.get("Deployment/" + svc);
            assertNotNull(deployment, "Deployment " + svc);
            JsonNode pod = deployment.at("/spec/template/spec");
            assertEquals(deployment.at("/spec/selector/matchLabels/app").asText(),
                    deployment.at("/spec/template/metadata/labels/app").asText(), svc + " selector matches its pods");
            JsonNode container = pod.get("containers").get(0);
            int port = httpPort(svc);
            assertEquals(port, container.at("/ports/0/containerPort").asInt(), svc + " port");
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), svc);
            assertEquals(port, container.at("/readinessProbe/httpGet/port").asInt(), svc);
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), svc);
            for (JsonNode from : container.get("envFrom")) {
                if (from.has("configMapRef")) {
                    assertTrue(index.containsKey("ConfigMap/" + from.at("/configMapRef/name").asText()), svc);
                }
                if (from.has("secretRef")) {
                    assertTrue(index.containsKey("Secret/" + from.at("/secretRef/name").asText()), svc);
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("persistentVolumeClaim")) {
                    assertTrue(index.containsKey("PersistentVolumeClaim/"
                            + volume.at("/persistentVolumeClaim/claimName").asText()), svc + " volume claim");
                }
            }
            JsonNode service = index.get("Service/" + svc);
            assertNotNull(service, "Service " + svc);
            assertEquals(svc, service.at("/spec/selector/app").asText());
            assertEquals(port, service.at("/spec/ports/0/targetPort").asInt());
        }
    }

    @Test
    void strimziKafkaAndEveryContractTopicWithItsCleanupPolicy() throws IOException {
        Map<String, JsonNode> index = byKindAndName(k8s());
        JsonNode kafka = index.get("Kafka/borderwatch");
        assertNotNull(kafka, "a Strimzi Kafka resource");
        assertTrue(index.values().stream().anyMatch(d -> d.path("kind").asText().equals("KafkaNodePool")
                && d.at("/metadata/labels/strimzi.io~1cluster").asText().equals("borderwatch")));
        POLICY.forEach((topic, policy) -> {
            JsonNode t = index.get("KafkaTopic/" + topic);
            assertNotNull(t, "KafkaTopic " + topic);
            assertEquals("borderwatch", t.at("/metadata/labels/strimzi.io~1cluster").asText(), topic);
            assertEquals(policy, t.at("/spec/config/cleanup.policy").asText(), topic);
        });
        String bootstrap = index.get("ConfigMap/borderwatch-config").at("/data/KAFKA_BOOTSTRAP_SERVERS").asText();
        assertTrue(bootstrap.startsWith("borderwatch-kafka-bootstrap:"), "services point at the Strimzi bootstrap");
    }

    @Test
    void composeBuildsEachServiceFromItsDockerfileAndCreatesTheTopics() throws IOException {
        JsonNode compose = documents(DEPLOY.resolve("docker-compose.yml")).get(0);
        JsonNode services = compose.get("services");
        assertTrue(services.get("kafka").get("image").asText().startsWith("apache/kafka:"), "official Kafka image");
        for (String svc : SERVICES) {
            JsonNode s = services.get(svc);
            assertNotNull(s, svc);
            Path context = DEPLOY.resolve(s.at("/build/context").asText()).normalize();
            Path dockerfile = context.resolve(s.at("/build/dockerfile").asText());
            assertTrue(Files.exists(dockerfile), dockerfile.toString());
            String text = Files.readString(dockerfile);
            assertTrue(text.contains("EXPOSE " + httpPort(svc)), svc + " Dockerfile exposes its port");
            assertTrue(s.at("/depends_on/topics").isObject(), svc + " waits for the topics");
            assertEquals("kafka:9092", s.at("/environment/KAFKA_BOOTSTRAP_SERVERS").asText());
            assertFalse(s.path("healthcheck").isMissingNode(), svc + " healthcheck");
        }
        String create = services.at("/topics/command/0").asText();
        POLICY.forEach((topic, policy) -> {
            Matcher m = Pattern.compile("--topic " + Pattern.quote(topic) + " .*cleanup.policy=(\\w+)").matcher(create);
            assertTrue(m.find(), "compose creates " + topic);
            assertEquals(policy, m.group(1), topic);
        });
    }
}
