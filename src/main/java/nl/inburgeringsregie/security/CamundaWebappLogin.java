package nl.inburgeringsregie.security;

import java.io.IOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import nl.inburgeringsregie.shared.ApiUser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * One login for a consulent's day (issue 19, point 1): who logged in on {@code /regie} (Mijn zaken, the case page) is
 * logged in to Camunda's webapps in the same session, so "Open in Tasklist" opens the task's form, not a second login
 * page. The Camunda login is made as Camunda's own login makes it (groups, gemeenten as tenants, the webapps the user's
 * authorizations allow), for the engine the webapps address. Without a {@code /regie} login nothing changes: Camunda's
 * own login page still works. Logging out of a webapp ends the whole session, so the {@code /regie} login cannot log
 * the user straight back in; logging out of {@code /regie} ends the session too.
 */
class CamundaWebappLogin extends OncePerRequestFilter {

    private static final String LOGOUT = "/camunda/api/admin/auth/user/";

    private final ObjectProvider<ProcessEngine> engines;

    /** The engine is looked up on the first request: the security chains are built before it. */
    CamundaWebappLogin(ObjectProvider<ProcessEngine> engines) {
        this.engines = engines;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLogout(request)) {
            chain.doFilter(request, response);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ApiUser user) {
            logInToWebapps(request.getSession(), user.id());
        }
        chain.doFilter(request, response);
    }

    private void logInToWebapps(HttpSession session, String userId) {
        ProcessEngine engine = engines.getObject();
        var authentications = AuthenticationUtil.getAuthsFromSession(session);
        var current = authentications.getAuthenticationForProcessEngine(engine.getName());
        if (current != null && userId.equals(current.getName())) {
            return;
        }
        UserAuthentication login = AuthenticationUtil.createAuthentication(engine, userId);
        if (login != null) {
            authentications.addOrReplace(login);
            AuthenticationUtil.updateSession(session, authentications);
        }
    }

    private static boolean isLogout(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.startsWith(LOGOUT) && path.endsWith("/logout");
    }
}
