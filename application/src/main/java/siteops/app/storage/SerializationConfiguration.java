package siteops.app.storage;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * Two JSON mappers with two jobs. Axon's ({@code defaultAxonObjectMapper}) stores events, sagas
 * and tokens: dates as ISO text, and tolerant of fields it does not know, so that older code can
 * read newer events. The HTTP one is strict about what clients send: a version given as a number,
 * or a boolean given as text, is a 400, not a silent conversion.
 */
@Configuration
public class SerializationConfiguration {

    /** YYYY-MM-DD exactly: ISO-8601 would also take a signed year of five digits or more, "+99999-01-01". */
    private static final DateTimeFormatter CALENDAR_DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    @Bean("defaultAxonObjectMapper")
    ObjectMapper storageObjectMapper() {
        return new ObjectMapper()
                .findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** How events are stored: as Axon would, except under their stable names where they have one. */
    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper storageObjectMapper,
                               RevisionResolver revisionResolver) {
        JacksonSerializer.Builder builder = JacksonSerializer.builder()
                .objectMapper(storageObjectMapper)
                .revisionResolver(revisionResolver)
                .classLoader(getClass().getClassLoader());
        return new StoredNamesSerializer(builder);
    }

    @Bean
    @Primary
    ObjectMapper httpObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .deserializerByType(LocalDate.class, new LocalDateDeserializer(CALENDAR_DATE))
                .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }
}
