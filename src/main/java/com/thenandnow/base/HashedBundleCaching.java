package com.thenandnow.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's bundles under /VAADIN/build/ carry a hash of their content in their names ({@code indexhtml-CGrtTICW.js}),
 * so a changed bundle gets a new name and browsers may keep each for a year without asking again. Vaadin itself
 * allows an hour, so a returning visitor would revalidate every file: this replaces the Cache-Control that Vaadin
 * sends with a file it found (a missing file gets none, so a 404 is never kept).
 */
@Component
class HashedBundleCaching extends OncePerRequestFilter {

    static final String FOREVER = "public, max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css)");
    private static final String CACHE_CONTROL = "Cache-Control";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !HASHED.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? FOREVER : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (!CACHE_CONTROL.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
