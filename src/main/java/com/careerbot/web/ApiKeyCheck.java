package com.careerbot.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires {@code Authorization: Bearer <key>} on the integration API once {@code CAREERBOT_API_KEY} is set; while it
 * is not, says so once at startup. Keys are compared in constant time, so timing tells nothing about the key.
 */
class ApiKeyCheck extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyCheck.class);
    private static final String BEARER = "Bearer ";

    private final byte[] key;
    private final ProblemResponses problems;

    ApiKeyCheck(WebProperties properties, ProblemResponses problems) {
        this.key = properties.apiOpen() ? null : properties.apiKey().getBytes(StandardCharsets.UTF_8);
        this.problems = problems;
        if (key == null) {
            log.warn("The integration API (/api/chat, /api/parse) is open to anyone: set CAREERBOT_API_KEY before "
                    + "exposing the app, and send it as 'Authorization: Bearer <key>'");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (key == null || presents(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"careerbot\"");
        problems.send(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                "This API requires the header 'Authorization: Bearer <key>' with the key set in CAREERBOT_API_KEY.");
    }

    private boolean presents(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        // MessageDigest.isEqual takes the same time whatever the first differing byte, for arrays of any length.
        return MessageDigest.isEqual(key,
                authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
    }
}
