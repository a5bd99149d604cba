package com.thenandnow.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the app's own count of quiz attempts: logs in as the instructor (form login with Spring's CSRF
 * token from the login page) and adds up the attempts column of the class progress CSV, asked for without the
 * byte-order mark.
 */
final class ClassProgressCheck {

    private static final String HEADER = "learner_id,learner_name,lesson_id,lesson_title,started,read,read_at,attempts,";
    private static final int ATTEMPTS_FIELD = 7;
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private ClassProgressCheck() {
    }

    static int attemptsRecorded(URI base, String password) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Cookies cookies = new Cookies();
        String loginPage = send(http, cookies, HttpRequest.newBuilder(base.resolve("login")).GET());
        Matcher token = CSRF.matcher(loginPage);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=instructor&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        send(http, cookies, HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        String csv = send(http, cookies, HttpRequest.newBuilder(base.resolve("instructor/class-progress.csv?bom=false")).GET());
        if (!csv.startsWith(HEADER)) {
            throw new IllegalStateException("the instructor login failed: no CSV");
        }
        return csv.lines().skip(1).mapToInt(ClassProgressCheck::attempts).sum();
    }

    /** The attempts field of a CSV row; names and titles before it may be quoted and contain commas. */
    private static int attempts(String row) {
        int field = 0;
        boolean quoted = false;
        StringBuilder cell = new StringBuilder();
        for (char c : row.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                if (field++ == ATTEMPTS_FIELD) {
                    break;
                }
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return Integer.parseInt(cell.toString().strip());
    }

    private static String send(HttpClient http, Cookies cookies, HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.header());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        cookies.keep(response.headers());
        return response.body();
    }
}
