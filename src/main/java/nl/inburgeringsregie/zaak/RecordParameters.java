package nl.inburgeringsregie.zaak;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Named SQL parameters from a record's components; enums are stored by name. */
final class RecordParameters extends MapSqlParameterSource {

    RecordParameters(Record value) {
        Arrays.stream(value.getClass().getRecordComponents()).forEach(component -> addValue(component.getName(),
                storable(read(component, value))));
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static Object storable(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
