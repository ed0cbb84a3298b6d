package com.careerbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database an integration test keeps its chats in, never the application's own {@code ./data}: an H2 file of its
 * own, or a schema of its own on the PostgreSQL server named by {@value #POSTGRES_URL} (created by Flyway on first
 * start, dropped by {@link #drop()}).
 */
public final class TestDatabase {

    public static final String POSTGRES_URL = "CAREERBOT_TEST_POSTGRES_URL";
    public static final String POSTGRES_USER = "CAREERBOT_TEST_POSTGRES_USER";
    public static final String POSTGRES_PASSWORD = "CAREERBOT_TEST_POSTGRES_PASSWORD";
    public static final String POSTGRES_MISSING = "Set " + POSTGRES_URL
            + " (e.g. jdbc:postgresql://127.0.0.1:5432/test), and " + POSTGRES_USER + " (default postgres) and "
            + POSTGRES_PASSWORD + " (default empty) if needed, to run the PostgreSQL tests";

    private final Map<String, String> properties;
    private final String schema;

    private TestDatabase(Map<String, String> properties, String schema) {
        this.properties = properties;
        this.schema = schema;
    }

    /** An H2 file database under {@code directory}, created on first start. */
    public static TestDatabase h2(Path directory) {
        Map<String, String> properties = isolated();
        properties.put("spring.datasource.url", "jdbc:h2:file:" + directory.toAbsolutePath().resolve("careerbot"));
        properties.put("spring.datasource.username", "sa");
        properties.put("spring.datasource.password", "");
        return new TestDatabase(properties, null);
    }

    /** Skips the calling test class, before any context starts, when no PostgreSQL server is configured. */
    public static void assumePostgres() {
        Assumptions.assumeTrue(postgresUrl().isPresent(), POSTGRES_MISSING);
    }

    /** A new schema, {@code careerbot_test_<random>}, so that runs never see each other's chats. */
    public static TestDatabase postgres() {
        String url = postgresUrl().orElseThrow(() -> new IllegalStateException(POSTGRES_URL + " is not set"));
        String schema = "careerbot_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> properties = isolated();
        properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("spring.datasource.username", postgresUser());
        properties.put("spring.datasource.password", postgresPassword());
        properties.put("spring.flyway.default-schema", schema);
        properties.put("spring.flyway.create-schemas", "true");
        return new TestDatabase(properties, schema);
    }

    public void registerWith(DynamicPropertyRegistry registry) {
        properties.forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The settings as command-line arguments, which win over environment variables such as SPRING_DATASOURCE_URL. */
    public String[] arguments() {
        return properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
    }

    /** Flyway on this database, for tests of the migrations themselves. */
    public FluentConfiguration flyway() {
        FluentConfiguration flyway = Flyway.configure().dataSource(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password"))
                .locations("classpath:db/migration");
        return schema == null ? flyway : flyway.defaultSchema(schema).createSchemas(true);
    }

    /** Connections to this database (in its schema), a new one each time, outside any application context. */
    public DataSource dataSource() {
        return new DriverManagerDataSource(properties.get("spring.datasource.url"),
                properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
    }

    /** Plain SQL on this database, on connections of its own. */
    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    /** Drops the PostgreSQL schema and everything in it; an H2 file goes with its temporary directory. */
    public void drop() {
        if (schema == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(postgresUrl().orElseThrow(), postgresUser(),
                postgresPassword()); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test schema " + schema, e);
        }
    }

    /**
     * A bot token in the developer's environment (TELEGRAM_BOT_TOKEN) must not make a test poll Telegram: these tests
     * drive the application through its engine and its REST API only.
     */
    private static Map<String, String> isolated() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("careerbot.telegram.token", "");
        return properties;
    }

    private static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getenv(POSTGRES_URL)).filter(url -> !url.isBlank());
    }

    private static String postgresUser() {
        return Optional.ofNullable(System.getenv(POSTGRES_USER)).filter(user -> !user.isBlank()).orElse("postgres");
    }

    private static String postgresPassword() {
        return Optional.ofNullable(System.getenv(POSTGRES_PASSWORD)).orElse("");
    }
}
