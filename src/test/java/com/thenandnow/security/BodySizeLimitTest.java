package com.thenandnow.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** Request bodies over the limit are refused with 413, whether their length is declared or not. */
class BodySizeLimitTest {

    private static final int LIMIT = 4096;

    private final BodySizeLimit filter = new BodySizeLimit(new RequestLimits(DataSize.ofBytes(LIMIT)));
    private final AtomicLong bytesRead = new AtomicLong();
    private final FilterChain readsTheWholeBody = (request, response) -> {
        byte[] buffer = new byte[1024];
        for (int n; (n = request.getInputStream().read(buffer)) > 0; ) {
            bytesRead.addAndGet(n);
        }
    };

    private static MockHttpServletRequest post(int bytes, boolean declaresLength) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return declaresLength ? super.getContentLengthLong() : -1;
            }
        };
        request.setContent(new byte[bytes]);
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, readsTheWholeBody);
        return response;
    }

    @Test
    void a_body_within_the_limit_is_read_as_usual() throws Exception {
        assertThat(send(post(LIMIT, true)).getStatus()).isEqualTo(HttpServletResponse.SC_OK);
        assertThat(send(post(LIMIT, false)).getStatus()).isEqualTo(HttpServletResponse.SC_OK);
        assertThat(bytesRead).hasValue(2L * LIMIT);
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_without_reading_a_byte() throws Exception {
        assertThat(send(post(LIMIT + 1, true)).getStatus()).isEqualTo(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        assertThat(bytesRead).hasValue(0);
    }

    @Test
    void a_body_without_a_declared_length_is_refused_once_it_passes_the_limit() throws Exception {
        assertThat(send(post(10 * LIMIT, false)).getStatus()).isEqualTo(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        assertThat(bytesRead.get()).isLessThanOrEqualTo(LIMIT);
    }
}
