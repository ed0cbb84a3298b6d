package com.careerbot.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            écrivez-moi à jean.dupont@example.fr svp         | écrivez-moi à <email> svp
            mail: a_b+c@sub.domain.co.uk                     | mail: <email>
            voir https://example.org/jobs?id=42 merci        | voir <url> merci
            www.monsite.fr/cv                                | <url>
            regarde github.com/jdupont                       | regarde <url>
            demande à @jdupont_dev ou @Marie                 | demande à <handle> ou <handle>
            appelle le 06 12 34 56 78                        | appelle le <phone>
            call +44 20 7946 0958 now                        | call <phone> now
            mon numéro 0612345678                            | mon numéro <phone>
            (555) 123-4567 is my number                      | <phone> is my number
            my student id is 123456                          | my student id is <number>
            carte 4970 1012 3456 7890                        | carte <phone>
            salaire 35000 en 2024                            | salaire 35000 en 2024
            entre 30 000 et 45 000 euros                     | entre 30 000 et 45 000 euros
            node.js ou java ?                                | node.js ou java ?
            c'est quoi un @                                  | c'est quoi un @
            """)
    void replacesWhatCouldIdentifySomeoneAndKeepsTheRest(String message, String kept) {
        assertThat(Redaction.redact(message)).isEqualTo(kept);
    }
}
