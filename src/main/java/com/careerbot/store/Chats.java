package com.careerbot.store;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import com.careerbot.nlu.Intent;
import com.careerbot.quiz.CompletedQuiz;
import com.careerbot.quiz.QuizAnswers;
import com.careerbot.quiz.QuizSession;
import com.careerbot.sheet.Language;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The chats the bot keeps state for, one row each. The SQL is written out: a generic object mapper (Spring Data JDBC,
 * used here before) took a quarter of the CPU of each message for this one row (docs/benchmarks.md). Enums are stored
 * by name, quiz answers as a short text ("0,2,1"), times as timestamps with time zone. A plain component: JdbcClient
 * already translates SQL errors, and {@code @Repository} would put a translating proxy on every call.
 */
@Component
public class Chats {

    private static final String COLUMNS = "id, language, last_intent, active, quiz_id, quiz_answers, quiz_language, "
            + "quiz_started_at, quiz_updated_at, result_answers, result_finished_at, version, updated_at";
    private static final RowMapper<Chat> ROWS = Chats::read;

    private final JdbcClient jdbc;
    private final boolean lockByUpdate;

    Chats(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.lockByUpdate = "H2".equals(
                JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    public Optional<Chat> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat WHERE id = ?").param(id).query(ROWS).optional();
    }

    /**
     * Reads a chat and locks its row until the transaction ends, so that turns of one chat arriving together (a
     * double tap, two instances behind a webhook) queue up instead of failing each other.
     */
    public Optional<Chat> findLockedById(String id) {
        if (lockByUpdate) {
            // H2 parses a SELECT … FOR UPDATE at every call (it keeps no such statement in its cache), a fifth of an
            // engine turn (docs/benchmarks.md); an UPDATE that changes nothing takes the same lock and is cached.
            jdbc.sql("UPDATE chat SET version = version WHERE id = ?").param(id).update();
            return findById(id);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat WHERE id = ? FOR UPDATE").param(id).query(ROWS).optional();
    }

    public boolean existsById(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM chat WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    /**
     * Inserts a new chat (no version yet) or updates the version it was read at.
     *
     * @return the chat with its new version
     * @throws OptimisticLockingFailureException when the chat changed or was erased since it was read
     * @throws org.springframework.dao.DuplicateKeyException when a new chat was inserted meanwhile by another turn
     */
    public Chat save(Chat chat) {
        QuizSession quiz = chat.quiz();
        CompletedQuiz result = chat.lastResult();
        List<Object> values = Arrays.asList(chat.language().name(), chat.lastIntent() == null ? null : chat.lastIntent().name(),
                chat.active(), quiz == null ? null : quiz.id(), quiz == null ? null : quiz.answers().encode(),
                quiz == null ? null : quiz.language().name(), quiz == null ? null : timestamp(quiz.startedAt()),
                quiz == null ? null : timestamp(quiz.updatedAt()), result == null ? null : result.answers().encode(),
                result == null ? null : timestamp(result.finishedAt()), timestamp(chat.updatedAt()), chat.id());
        if (chat.version() == null) {
            jdbc.sql("INSERT INTO chat (language, last_intent, active, quiz_id, quiz_answers, quiz_language, "
                            + "quiz_started_at, quiz_updated_at, result_answers, result_finished_at, updated_at, id, "
                            + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                    .params(values).update();
            return chat.withVersion(0L);
        }
        int updated = jdbc.sql("UPDATE chat SET language = ?, last_intent = ?, active = ?, quiz_id = ?, "
                        + "quiz_answers = ?, quiz_language = ?, quiz_started_at = ?, quiz_updated_at = ?, "
                        + "result_answers = ?, result_finished_at = ?, updated_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(values).param(chat.version()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException(
                    "Chat " + chat.id() + " changed or was erased since version " + chat.version() + " was read");
        }
        return chat.withVersion(chat.version() + 1);
    }

    public void deleteById(String id) {
        jdbc.sql("DELETE FROM chat WHERE id = ?").param(id).update();
    }

    /**
     * Records whether the chat can be written to (false once the user blocked the bot). Bumps the version, so that a
     * turn saving the chat at the same time starts again from this state rather than overwriting it.
     *
     * @return whether the chat is known
     */
    public boolean setActive(String id, boolean active) {
        return jdbc.sql("UPDATE chat SET active = ?, version = version + 1 WHERE id = ?").params(active, id)
                .update() == 1;
    }

    private static Chat read(ResultSet row, int number) throws SQLException {
        UUID quizId = row.getObject("quiz_id", UUID.class);
        QuizSession quiz = quizId == null ? null : new QuizSession(quizId,
                QuizAnswers.decode(row.getString("quiz_answers")), Language.valueOf(row.getString("quiz_language")),
                instant(row, "quiz_started_at"), instant(row, "quiz_updated_at"));
        Instant finishedAt = instant(row, "result_finished_at");
        CompletedQuiz result = finishedAt == null ? null
                : new CompletedQuiz(QuizAnswers.decode(row.getString("result_answers")), finishedAt);
        String lastIntent = row.getString("last_intent");
        return new Chat(row.getString("id"), Language.valueOf(row.getString("language")),
                lastIntent == null ? null : Intent.valueOf(lastIntent), row.getBoolean("active"), quiz, result,
                row.getLong("version"), instant(row, "updated_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
