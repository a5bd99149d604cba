package com.thenandnow.instructor;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The class progress download. Its path lies under {@code /instructor/}, which the security configuration
 * opens to the instructor role only; learners' names and scores must not leak to anyone else.
 */
@RestController
public class ClassExportController {

    public static final String PATH = "/instructor/class-progress.csv";
    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final InstructorService instructors;

    public ClassExportController(InstructorService instructors) {
        this.instructors = instructors;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> classProgress() {
        ContentDisposition attachment = ContentDisposition.attachment().filename(instructors.csvFileName()).build();
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment.toString())
                .cacheControl(CacheControl.noStore())
                .body(instructors.classProgressCsv().getBytes(StandardCharsets.UTF_8));
    }
}
