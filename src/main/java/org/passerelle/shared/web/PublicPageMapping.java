package org.passerelle.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps the {@link PublicPage} handlers, before Vaadin, for a visitor's page load only: a GET or HEAD without Vaadin's
 * {@code v-r} parameter, from someone not signed in. Anything else (a signed-in member, Vaadin's own requests, any
 * write) finds no handler here and goes on to the app, which owns the same addresses.
 */
class PublicPageMapping extends RequestMappingHandlerMapping {

    PublicPageMapping() {
        setOrder(-1);
    }

    @Override
    protected boolean isHandler(Class<?> beanType) {
        return AnnotatedElementUtils.hasAnnotation(beanType, PublicPage.class);
    }

    @Override
    protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
        return forVisitor(request) ? super.getHandlerInternal(request) : null;
    }

    /** A path that matches but with another method or parameters is the app's, not an error. */
    @Override
    protected HandlerMethod handleNoMatch(
            Set<RequestMappingInfo> infos, String lookupPath, HttpServletRequest request) {
        return null;
    }

    static boolean forVisitor(HttpServletRequest request) {
        var method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (request.getParameter("v-r") != null) {
            return false;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }
}
