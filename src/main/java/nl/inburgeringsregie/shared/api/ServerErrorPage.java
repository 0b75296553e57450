package nl.inburgeringsregie.shared.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.DefaultErrorViewResolver;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Dutch error page of a 5xx ({@code static/error/5xx.html}) with the request's correlation id in place of
 * {@value #PLACEHOLDER}, so that the user can quote it (issue 24, point 4; see {@link ServerErrors}). Other statuses go
 * to Spring Boot's own resolution of {@code static/error/*.html} (403, 404, 4xx): this bean takes the place of Boot's
 * {@link DefaultErrorViewResolver} (a bean of that kind backs off when another exists), so it asks one itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServerErrorPage implements ErrorViewResolver {

    static final String PLACEHOLDER = "{{correlatieId}}";

    private final String template;
    private final DefaultErrorViewResolver staticPages;

    ServerErrorPage(ApplicationContext context, WebProperties web) {
        staticPages = new DefaultErrorViewResolver(context, web.getResources());
        try {
            template = new ClassPathResource("static/error/5xx.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (!status.is5xxServerError()) {
            return staticPages.resolveErrorView(request, status, model);
        }
        String page = template.replace(PLACEHOLDER, HtmlUtils.htmlEscape(ServerErrors.idOf(request)));
        var view = new ModelAndView(new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> values, HttpServletRequest req, HttpServletResponse response)
                    throws IOException {
                response.setContentType(getContentType());
                response.getWriter().write(page);
            }
        });
        view.setStatus(status);
        return view;
    }
}
