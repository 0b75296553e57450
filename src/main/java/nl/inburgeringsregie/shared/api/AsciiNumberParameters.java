package nl.inburgeringsregie.shared.api;

import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import nl.inburgeringsregie.shared.validation.AsciiDigits;

/**
 * Path and query values of type int/long (such as {@code /api/modellen/migraties/{id}} or {@code ?pagina=})
 * are read with ASCII digits only. Spring's own reading goes through {@link Long#valueOf(String)}, which
 * takes fullwidth "１" for 1 — and when a stricter converter refuses, Spring falls back to its default
 * number editor, so the rule is the binder's editor for these types. A refused value answers 400 in Dutch
 * ({@code ApiExceptionHandler}).
 */
@ControllerAdvice(basePackages = "nl.inburgeringsregie")
class AsciiNumberParameters {

    @InitBinder
    void asciiNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new AsciiNumberEditor(Integer.class, false));
        binder.registerCustomEditor(Integer.class, new AsciiNumberEditor(Integer.class, true));
        binder.registerCustomEditor(long.class, new AsciiNumberEditor(Long.class, false));
        binder.registerCustomEditor(Long.class, new AsciiNumberEditor(Long.class, true));
    }

    /** Spring's number editor, after refusing any character outside ASCII. */
    private static final class AsciiNumberEditor extends CustomNumberEditor {

        AsciiNumberEditor(Class<? extends Number> type, boolean allowEmpty) {
            super(type, allowEmpty);
        }

        @Override
        public void setAsText(String text) {
            super.setAsText(AsciiDigits.ascii(text));
        }
    }
}
