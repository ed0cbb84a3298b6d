package com.careerbot.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over {@link WebProperties#maxRequestSize()} with 413: at once when the declared length says so,
 * otherwise (a chunked body) as soon as reading passes the limit, so that nobody makes the app read a huge body.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemResponses problems;

    RequestSizeLimit(WebProperties properties, ProblemResponses problems) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            problems.send(request, response, HttpStatus.CONTENT_TOO_LARGE, "Request too large", tooLarge(maxBytes));
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() throws IOException {
                return new Bounded(super.getInputStream(), maxBytes);
            }
        }, response);
    }

    static String tooLarge(long maxBytes) {
        return "The body must be at most " + maxBytes + " bytes.";
    }

    /** Thrown when a body without a declared length turns out longer than allowed; answered 413. */
    static final class TooLargeException extends IOException {

        final long maxBytes;

        TooLargeException(long maxBytes) {
            super(tooLarge(maxBytes));
            this.maxBytes = maxBytes;
        }
    }

    private static final class Bounded extends ServletInputStream {

        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        Bounded(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
