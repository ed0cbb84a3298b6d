package com.careerbot.sheet;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the YAML data files people edit into records, strictly: an unknown field is an error, not a silent no-op. */
public final class DataFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private DataFiles() {
    }

    /**
     * @throws InvalidSheetException when the file is unreadable, is not valid YAML or does not fit the type; the message
     *                               names the file and the path of the faulty field
     */
    public static <T> T read(Resource resource, Class<T> type) {
        String file = resource.getDescription();
        try (InputStream in = resource.getInputStream()) {
            return YAML.readValue(in, type);
        } catch (JacksonException e) {
            throw new InvalidSheetException(file + ": " + e.getOriginalMessage() + " (at " + e.getPathReference() + ")", e);
        } catch (IOException e) {
            throw new InvalidSheetException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
