package siteops.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter that the route does not take is a 400 naming it, as an unknown body field is:
 * a misspelt filter ({@code ?stauts=Ready}) would otherwise answer the whole list as if it had
 * been applied. A route's parameters are its handler's {@code @RequestParam}s.
 */
@Component
class UnknownQueryParameters implements HandlerInterceptor, WebMvcConfigurer {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    private final Map<HandlerMethod, Set<String>> taken = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null) {
            return true;
        }
        Set<String> accepted = taken.computeIfAbsent(method, UnknownQueryParameters::parametersOf);
        Set<String> unknown = new TreeSet<>();
        for (String name : Collections.list(request.getParameterNames())) {
            if (!accepted.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, String.join(", ", unknown)
                    + ": not a parameter of this route" + (accepted.isEmpty() ? ", which takes none"
                    : "; it takes " + String.join(", ", new TreeSet<>(accepted))));
        }
        return true;
    }

    private static Set<String> parametersOf(HandlerMethod method) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null) {
                continue;
            }
            MethodParameter named = new MethodParameter(parameter);
            named.initParameterNameDiscovery(NAMES);
            String name = !param.name().isEmpty() ? param.name()
                    : !param.value().isEmpty() ? param.value() : named.getParameterName();
            if (name != null) {
                names.add(name);
            }
        }
        return Set.copyOf(names);
    }
}
