package siteops.app.idempotency;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code idempotent_command_outcome} table: what a command sent under an
 * {@code Idempotency-Key} answered, written in the command's own transaction. So the outcome is
 * stored exactly when the command's events are, whatever happens to the HTTP request afterwards.
 */
@ConditionalOnProcessRole(ProcessRole.COMMAND)
@Component
public class CommandOutcomes {

    /** A command that answered nothing (a {@code void} handler). */
    private static final String NO_RESULT = "";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public CommandOutcomes(JdbcTemplate jdbc, @Qualifier("messageSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** A result of {@code Optional.empty()} inside: the command answered nothing. */
    Optional<Optional<Object>> find(String commandKey) {
        return jdbc.query("SELECT result_type, result_revision, result FROM idempotent_command_outcome "
                        + "WHERE command_key = ?",
                (rs, row) -> {
                    String type = rs.getString("result_type");
                    if (NO_RESULT.equals(type)) {
                        return Optional.empty();
                    }
                    return Optional.ofNullable(serializer.deserialize(new SimpleSerializedObject<>(
                            rs.getBytes("result"), byte[].class,
                            new SimpleSerializedType(type, rs.getString("result_revision")))));
                }, commandKey).stream().findFirst();
    }

    void record(String commandKey, Object result) {
        String type = NO_RESULT;
        String revision = null;
        byte[] data = null;
        if (result != null) {
            SerializedObject<byte[]> serialized = serializer.serialize(result, byte[].class);
            type = serialized.getType().getName();
            revision = serialized.getType().getRevision();
            data = serialized.getData();
        }
        jdbc.update("INSERT INTO idempotent_command_outcome (command_key, result_type, result_revision, result, "
                + "created_at) VALUES (?, ?, ?, ?, ?)", commandKey, type, revision, data, Timestamp.from(Instant.now()));
    }
}
