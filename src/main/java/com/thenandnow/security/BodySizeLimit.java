package com.thenandnow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@link RequestLimits#maxBody()} with 413, before they are read into memory:
 * at once when the declared length is too large, and as soon as the limit is passed for a body sent without
 * a length (chunked).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    BodySizeLimit(RequestLimits limits) {
        this.maxBytes = limits.maxBody().toBytes();
    }

    /** Thrown while reading a body that turns out too large. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("request body larger than " + max + " bytes");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, maxBytes) : request, response);
        } catch (TooLarge e) {
            refuseUnlessCommitted(response, e);
        } catch (ServletException e) {
            if (!(e.getCause() instanceof TooLarge tooLarge)) {
                throw e;
            }
            refuseUnlessCommitted(response, tooLarge);
        }
    }

    private static void refuseUnlessCommitted(HttpServletResponse response, TooLarge e) throws IOException {
        if (response.isCommitted()) {
            throw e;
        }
        refuse(response);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    /** A request whose body stops with {@link TooLarge} once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        CountingStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
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

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
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
