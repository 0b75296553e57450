package nl.inburgeringsregie.security;

/** Text from outside (a user name typed at a login) made safe for one log line: no control characters, short. */
final class LogText {

    private static final int LONGEST = 64;

    private LogText() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String visible = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > LONGEST ? visible.substring(0, LONGEST) + "…" : visible;
    }
}
