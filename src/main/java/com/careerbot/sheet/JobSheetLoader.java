package com.careerbot.sheet;

import org.springframework.core.io.Resource;

/** Reads a job sheet from YAML into records and validates it. */
public final class JobSheetLoader {

    private JobSheetLoader() {
    }

    /**
     * @throws InvalidSheetException when the file is unreadable, is not valid YAML, has unknown fields or fails
     *                               validation; the message names the file and, where it can, the section and the field
     */
    public static JobSheet load(Resource resource) {
        return SheetValidator.validate(resource.getDescription(), DataFiles.read(resource, JobSheet.class));
    }
}
