package nl.inburgeringsregie.shared.api;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Every moment the application's JSON writes is in the one configured zone ({@code inburgering.tijdzone}):
 * {@code spring.jackson.time-zone} does that for dates and offset date-times, this for {@link Instant}, which
 * Jackson otherwise always writes in UTC ({@code …Z}) — e.g. when a model set was deployed (probe of issue 16).
 */
@Configuration(proxyBeanMethods = false)
class MomentsInDutchTime {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer instantsInTheConfiguredZone(@Value("${inburgering.tijdzone}") ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        return builder -> builder.serializerByType(Instant.class, new StdSerializer<Instant>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(format.format(value));
            }
        });
    }
}
