package com.careerbot.conversation;

import java.nio.file.Path;
import java.util.UUID;

import com.careerbot.store.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The conversation's state on the embedded default, an H2 file database of the test's own. */
class H2ConversationStoreTests extends AbstractConversationStoreTests {

    @TempDir
    static Path directory;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(directory).registerWith(registry);
    }

    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2(directory.resolve("restart-" + UUID.randomUUID()));
    }
}
