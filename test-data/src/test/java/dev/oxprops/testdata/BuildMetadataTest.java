package dev.oxprops.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every module of the build that makes a jar names its Java module ({@code oxprops.module.name}, written as
 * {@code Automatic-Module-Name}), and every module that is published (does not set {@code maven.deploy.skip}) is
 * in the BOM, so that a user declares one version.
 */
class BuildMetadataTest {
    static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    static final Pattern JAVA_MODULE_NAME = Pattern.compile("dev\\.oxprops(\\.[a-z][a-z0-9]*)+");

    record Module(String dir, String artifactId, String packaging, String moduleName, boolean published) {}

    @Test
    void everyJarNamesItsModuleAndEveryPublishedOneIsInTheBom() throws IOException {
        Path root = NoMachinePathsTest.repositoryRoot();
        String bom = Files.readString(root.resolve("bom/pom.xml"));
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<Module> modules = modules(root);
        assertTrue(modules.stream().anyMatch(m -> m.artifactId().equals("oxprops-runtime")), modules.toString());
        for (Module m : modules) {
            if (m.packaging().equals("jar")) {
                if (m.moduleName() == null || !JAVA_MODULE_NAME.matcher(m.moduleName()).matches()) {
                    problems.add(m.dir() + ": set <oxprops.module.name>dev.oxprops.NAME</oxprops.module.name>");
                } else if (!names.add(m.moduleName())) {
                    problems.add(m.dir() + ": module name " + m.moduleName() + " used twice");
                }
                if (m.published() && !bom.contains("<artifactId>" + m.artifactId() + "</artifactId>")) {
                    problems.add(m.dir() + ": " + m.artifactId() + " is published but not in bom/pom.xml");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    static List<Module> modules(Path root) throws IOException {
        String parent = Files.readString(root.resolve("pom.xml"));
        String list = parent.substring(parent.indexOf("<modules>"), parent.indexOf("</modules>"));
        List<Module> out = new ArrayList<>();
        Matcher m = MODULE.matcher(list);
        while (m.find()) {
            String dir = m.group(1).strip();
            String pom = Files.readString(root.resolve(dir).resolve("pom.xml"));
            String withoutParent = pom.replaceFirst("(?s)<parent>.*?</parent>", "");
            out.add(new Module(dir, tag(withoutParent, "artifactId"),
                    tag(withoutParent, "packaging") == null ? "jar" : tag(withoutParent, "packaging"),
                    tag(pom, "oxprops.module.name"),
                    !"true".equals(tag(pom, "maven.deploy.skip"))));
        }
        return out;
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">\\s*([^<]*?)\\s*</" + Pattern.quote(name) + ">")
                .matcher(xml);
        return m.find() ? m.group(1) : null;
    }
}
