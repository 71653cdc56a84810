package org.borderwatch.engine.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * No service module depends on another service module (DEVELOPING.md): services talk through the topics only.
 * Read from the module poms of the whole project, so one test guards every module. A dependency of type
 * {@code pom} only orders the build (system-tests start the packaged services as processes) and is allowed.
 */
class ServiceModulesTest {

    private static final Set<String> SERVICES = Set.of("ingest-service", "extract-service", "query-service");

    @Test
    void noModuleDependsOnTheCodeOfAService() throws Exception {
        Path root = root();
        List<String> modules = childElements(parse(root.resolve("pom.xml")).getDocumentElement(), "modules", "module");
        assertTrue(modules.containsAll(SERVICES), "the services are modules of the project: " + modules);
        Set<String> violations = new TreeSet<>();
        int checked = 0;
        for (String module : modules) {
            Element project = parse(root.resolve(module).resolve("pom.xml")).getDocumentElement();
            String self = text(project, "artifactId");
            NodeList dependencies = project.getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                Element d = (Element) dependencies.item(i);
                String artifact = text(d, "artifactId");
                checked++;
                if (SERVICES.contains(artifact) && !artifact.equals(self) && !"pom".equals(text(d, "type"))) {
                    violations.add(module + " -> " + artifact);
                }
            }
        }
        assertTrue(checked > 20, "dependencies read from the module poms: " + checked);
        assertEquals(Set.of(), violations, "modules that depend on a service's code");
    }

    @Test
    void theCheckSeesADependencyOnAService() throws Exception {
        // the same reading on a pom that breaks the rule: the check can fail
        Path pom = Files.createTempFile("service-pom", ".xml");
        try {
            Files.writeString(pom, "<project><artifactId>query-service</artifactId><dependencies><dependency>"
                    + "<artifactId>extract-service</artifactId></dependency></dependencies></project>");
            Element project = parse(pom).getDocumentElement();
            Element d = (Element) project.getElementsByTagName("dependency").item(0);
            assertEquals("extract-service", text(d, "artifactId"));
            assertTrue(SERVICES.contains(text(d, "artifactId")) && !"pom".equals(text(d, "type")));
        } finally {
            Files.deleteIfExists(pom);
        }
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of the direct child {@code name} of {@code e}, or null. */
    private static String text(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c.getTextContent().strip();
            }
        }
        return null;
    }

    private static List<String> childElements(Element e, String list, String item) {
        List<String> out = new ArrayList<>();
        NodeList lists = e.getElementsByTagName(list);
        for (int i = 0; i < lists.getLength(); i++) {
            NodeList items = ((Element) lists.item(i)).getElementsByTagName(item);
            for (int j = 0; j < items.getLength(); j++) {
                out.add(items.item(j).getTextContent().strip());
            }
        }
        return out;
    }

    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("seeds/expected.json")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return fail("the project root (seeds/expected.json, pom.xml) not found");
    }
}
