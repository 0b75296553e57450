package nl.inburgeringsregie.termijn;

import nl.inburgeringsregie.gemeente.NormSetting;

/** None of the key dates a norm counts from is known yet, so its clock cannot start. */
public class MissingKeyDateException extends RuntimeException {

    public MissingKeyDateException(NormSetting setting) {
        super("De termijn '" + setting.norm().label() + "' kan niet starten: geen van de begindatums ("
                + String.join(", ", setting.countsFrom()) + ") is vastgelegd");
    }
}
