package com.thenandnow.instructor;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two downloads of the class progress page. Their paths lie under {@code /instructor/}, which the security
 * configuration opens to the instructor role only; learners' names, scores and answers must not leak to anyone
 * else. The page's name filter, time zone and byte-order mark choice come as query parameters, so a download
 * holds what the page shows.
 */
@RestController
public class ClassExportController {

    public static final String CLASS_PATH = "/instructor/class-progress.csv";
    public static final String RESPONSES_PATH = "/instructor/responses.csv";
    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final InstructorService instructors;

    public ClassExportController(InstructorService instructors) {
        this.instructors = instructors;
    }

    /** The address of a download (without the leading slash, as a page links it) for these options. */
    public static String href(String path, ExportOptions options) {
        return path.substring(1) + "?name=" + URLEncoder.encode(options.filter().text(), StandardCharsets.UTF_8)
                + "&zone=" + URLEncoder.encode(options.zone().getId(), StandardCharsets.UTF_8)
                + "&bom=" + options.byteOrderMark();
    }

    @GetMapping(CLASS_PATH)
    void classProgress(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "UTC") String zone,
                       @RequestParam(defaultValue = "true") boolean bom, HttpServletResponse response) throws IOException {
        send("class-progress", options(name, zone, bom), instructors::writeClassCsv, response);
    }

    @GetMapping(RESPONSES_PATH)
    void responses(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "UTC") String zone,
                   @RequestParam(defaultValue = "true") boolean bom, HttpServletResponse response) throws IOException {
        send("responses", options(name, zone, bom), instructors::writeResponsesCsv, response);
    }

    /** An unknown zone falls back to UTC: every time in the file carries its offset, so none is misread. */
    private static ExportOptions options(String name, String zone, boolean bom) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            zoneId = ZoneId.of("UTC");
        }
        return new ExportOptions(new NameFilter(name), zoneId, bom);
    }

    private void send(String name, ExportOptions options, BiConsumer<ExportOptions, Writer> csv,
                      HttpServletResponse response) throws IOException {
        String fileName = instructors.exportFileName(name);
        response.setContentType(TEXT_CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            csv.accept(options, out);
        }
    }
}
