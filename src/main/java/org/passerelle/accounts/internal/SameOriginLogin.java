package org.passerelle.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login form posted from another site (login CSRF: a page elsewhere signing the visitor into the attacker's
 * account, where what they then type would land). Vaadin's login form carries no CSRF token, so Vaadin exempts the
 * login address from Spring's CSRF check; browsers say where a form comes from ({@code Origin}, else
 * {@code Referer}), and a login whose origin is not this site's is refused with 403. A request that names no origin
 * at all (not a browser) goes on to the usual checks and throttling.
 */
class SameOriginLogin extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var origin = request.getHeader("Origin");
        if (origin == null) {
            origin = request.getHeader("Referer");
        }
        if (origin != null && !sameSite(origin, request)) {
            // the status alone (an error dispatch would be sent on to the login page)
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameSite(String origin, HttpServletRequest request) {
        try {
            var uri = URI.create(origin.strip());
            var port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException | NullPointerException notAnAddress) {
            return false; // "null" (a sandboxed frame, a data: page) or garbage
        }
    }
}
