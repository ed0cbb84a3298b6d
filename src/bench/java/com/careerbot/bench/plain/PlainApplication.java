package com.careerbot.bench.plain;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yardstick: a plain Spring Boot web application with the same starters as CareerBot (web MVC, JDBC,
 * Flyway, H2), doing the least work a request can do with them: read JSON, query the database, write JSON.
 */
@SpringBootApplication
public class PlainApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlainApplication.class, args);
    }

    @RestController
    static class Endpoints {

        private final JdbcClient jdbc;

        Endpoints(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/ping")
        String ping() {
            return "pong";
        }

        @PostMapping("/echo")
        Map<String, Object> echo(@RequestBody Map<String, Object> body) {
            int rows = jdbc.sql("SELECT COUNT(*) FROM chat").query(Integer.class).single();
            return Map.of("echo", body, "rows", rows);
        }
    }
}
