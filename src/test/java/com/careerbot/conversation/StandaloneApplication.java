package com.careerbot.conversation;

import java.io.IOException;

import com.careerbot.CareerBotApplication;
import com.careerbot.store.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Starts the application by hand, outside the test context cache, so that a test can stop it and start it again on the
 * same database, as a redeployment would.
 */
final class StandaloneApplication {

    private StandaloneApplication() {
    }

    static ConfigurableApplicationContext start(TestDatabase database) {
        return new SpringApplicationBuilder(CareerBotApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton(MainClassesOnly.class.getName(), new MainClassesOnly()))
                .run(database.arguments());
    }

    /**
     * Outside the test framework nothing keeps component scanning away from test classes (their configurations would
     * join the application), so this filter does: only what ships in the jar is scanned.
     */
    private static final class MainClassesOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainClassesOnly;
        }

        @Override
        public int hashCode() {
            return MainClassesOnly.class.hashCode();
        }
    }
}
