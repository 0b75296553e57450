package nl.inburgeringsregie.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import nl.inburgeringsregie.validation.AsciiDigits;

/**
 * Path and query values of type int/long (such as {@code /api/modellen/migraties/{id}} or {@code ?pagina=})
 * are read with ASCII digits only: Spring's own conversion goes through {@link Long#valueOf(String)}, which
 * takes fullwidth "１" for 1. A refused value answers 400 in Dutch ({@code ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class AsciiNumberParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Integer.class, integer());
        registry.addConverter(String.class, Long.class, longValue());
    }

    private static Converter<String, Integer> integer() {
        return text -> text.isBlank() ? null : AsciiDigits.integer(text.strip());
    }

    private static Converter<String, Long> longValue() {
        return text -> text.isBlank() ? null : AsciiDigits.longValue(text.strip());
    }
}
