package nl.inburgeringsregie.shared.validation;

/**
 * What a user typed, quoted in a refusal: "'31-02-2026' bestaat niet". At most {@value #MAX} characters of it, then
 * "…", so that a pasted page of text is not sent back whole in every message (issue 24, point 3).
 */
public final class Quoted {

    static final int MAX = 40;

    private Quoted() {
    }

    public static String of(Object typed) {
        String text = String.valueOf(typed);
        return "'" + (text.codePointCount(0, text.length()) <= MAX ? text
                : text.substring(0, text.offsetByCodePoints(0, MAX)) + "…") + "'";
    }
}
