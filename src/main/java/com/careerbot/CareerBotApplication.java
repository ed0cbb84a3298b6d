package com.careerbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CareerBotApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareerBotApplication.class, args);
    }
}
