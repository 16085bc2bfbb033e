package org.jifen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every setting of the service is a {@code @ConfigurationProperties} record, so the configuration processor lists it
 * with its default and meaning in the metadata; and the settings of docs/operations.md name each one, and no other.
 */
class SettingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everySettingIsInTheMetadataAndInTheOperationsGuide() throws IOException {
        Set<String> settings = settingsInTheMetadata();
        String operations = Files.readString(Path.of("..", "docs", "operations.md"));
        int from = operations.indexOf("\n## Settings");
        String guide = operations.substring(from, operations.indexOf("\n## ", from + 1));
        Set<String> documented = new TreeSet<>();
        Matcher named = Pattern.compile("`(jifen\\.[a-z.-]+)`").matcher(guide);
        while (named.find()) {
            documented.add(named.group(1));
        }

        assertThat(settings).as("jifen.* settings in the metadata").contains("jifen.plans.fire-limit",
                "jifen.households.import.max-rows", "jifen.admin-password", "jifen.demo", "jifen.public-base-url",
                "jifen.data-dir", "jifen.clock.zone", "jifen.login.window", "jifen.objections.notice-days");
        assertThat(documented).as("settings named in docs/operations.md").containsAll(settings);
        assertThat(settings).as("settings docs/operations.md names").containsAll(documented);
    }

    @Test
    void noClassReadsASettingByItself() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        List<String> loose = new ArrayList<>();
        for (BeanDefinition found : scanner.findCandidateComponents("org.jifen")) {
            String from = String.valueOf(found.getResourceDescription());
            if (from.contains("test-classes") || from.contains("-tests.jar")) {
                continue;
            }
            Class<?> type = ClassUtils.resolveClassName(found.getBeanClassName(), null);
            Stream.of(Stream.of(type.getDeclaredFields()),
                            Stream.of(type.getDeclaredConstructors()).flatMap(c -> Stream.of(c.getParameters())),
                            Stream.of(type.getDeclaredMethods()).flatMap(m -> Stream.concat(Stream.of(m),
                                    Stream.of(m.getParameters()))))
                    .flatMap(elements -> elements)
                    .filter(element -> ((AnnotatedElement) element).isAnnotationPresent(Value.class))
                    .forEach(element -> loose.add(type.getName() + ": " + element));
        }
        assertThat(loose).as("@Value in place of a settings record").isEmpty();
    }

    /** The jifen.* properties of every configuration metadata file on the classpath (scoring-core's and web's). */
    private static Set<String> settingsInTheMetadata() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String file : List.of("META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url : Collections.list(SettingsTest.class.getClassLoader().getResources(file))) {
                try (InputStream in = url.openStream()) {
                    JsonNode properties = JSON.readTree(in).path("properties");
                    properties.forEach(property -> names.add(property.path("name").asString()));
                }
            }
        }
        names.removeIf(name -> !name.startsWith("jifen."));
        return names;
    }
}
