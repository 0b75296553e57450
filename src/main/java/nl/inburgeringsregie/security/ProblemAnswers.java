package nl.inburgeringsregie.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * The answers of the security layer, before any controller: a problem detail ({@code application/problem+json})
 * with a Dutch title and detail, as the application's API answers everywhere else.
 */
final class ProblemAnswers {

    private ProblemAnswers() {
    }

    /** A problem detail; a 401 also names how to log in (HTTP Basic, realm Inburgeringsregie). */
    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, status, title, detail, "Basic");
    }

    /** A problem detail; a 401 names the scheme to log in with ({@code Basic}, or {@code Bearer} in oidc mode). */
    static void write(HttpServletResponse response, int status, String title, String detail, String scheme)
            throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", scheme + " realm=\"" + SecurityConfiguration.REALM + "\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\"" + detail
                + "\"}");
    }
}
