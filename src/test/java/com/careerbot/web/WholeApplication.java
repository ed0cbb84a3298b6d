package com.careerbot.web;

import java.nio.file.Path;

import com.careerbot.store.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, with an H2 file of its own in a temporary folder for each test class;
 * settings of a class go in its {@code @TestPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// Closes the context, and so the H2 file, before JUnit deletes the temporary directory.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class WholeApplication {

    @TempDir
    static Path directory;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.h2(directory).registerWith(registry);
    }

    @LocalServerPort
    int port;
}
