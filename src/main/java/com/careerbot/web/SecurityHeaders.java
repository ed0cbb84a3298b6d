package com.careerbot.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every response carries: scripts, styles and requests from the app itself only (the page inlines none),
 * no content-type sniffing, no referrer sent, and framing only by the configured origins.
 */
class SecurityHeaders extends OncePerRequestFilter {

    private final String contentSecurityPolicy;

    SecurityHeaders(WebProperties properties) {
        this.contentSecurityPolicy = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors "
                + properties.frameAncestors();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
