package com.thenandnow.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the tests know of the source article without holding its text: per paragraph, for each word position,
 * a 64-bit hash of the three words starting there. A run of three or more words occurs in the article exactly
 * when its own three-word hashes appear, in order, somewhere in one paragraph. Hashing three words at a time,
 * never one, keeps the file from being read back as the article word by word.
 *
 * <p>The project must not hold a copy of the article, so only this fingerprint is committed. To regenerate it
 * after the article changes, from the project folder:
 * <pre>
 * ./mvnw -q -o test-compile
 * java -cp target/test-classes com.thenandnow.lesson.ArticleFingerprint ../shared/source/article.txt \
 *     src/test/resources/article-fingerprint.txt
 * </pre>
 */
final class ArticleFingerprint {

    static final String RESOURCE = "/article-fingerprint.txt";
    private static final int SHINGLE = 3;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2013\\u2014\\u2015]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final String HEADER = """
            # Fingerprint of the source article (../shared/source/article.txt), not its text: one line per paragraph,
            # one 64-bit hash per word position of the three words starting there. Regenerate with the command in
            # ArticleFingerprint's Javadoc.
            """;

    private final List<long[]> paragraphs;

    private ArticleFingerprint(List<long[]> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
    }

    static ArticleFingerprint ofArticle(String article) {
        return new ArticleFingerprint(PARAGRAPH_BREAK.splitAsStream(article.strip())
                .map(paragraph -> shingles(words(paragraph))).toList());
    }

    static ArticleFingerprint read(InputStream in) throws IOException {
        return new ArticleFingerprint(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> Arrays.stream(line.split(" ")).mapToLong(HexFormat::fromHexDigitsToLong).toArray())
                .toList());
    }

    static ArticleFingerprint committed() throws IOException {
        try (InputStream in = ArticleFingerprint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("no " + RESOURCE + " on the test classpath");
            }
            return read(in);
        }
    }

    String format() {
        return HEADER + paragraphs.stream()
                .map(hashes -> Arrays.stream(hashes).mapToObj(HexFormat.of()::toHexDigits).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    int paragraphCount() {
        return paragraphs.size();
    }

    /** Lowercase words, with curly quotes and dashes unified and punctuation stripped from their edges. */
    static List<String> words(String text) {
        String unified = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replace('\u2011', '-').replace('\u2010', '-');
        List<String> words = new ArrayList<>();
        for (String token : SPACES.split(unified)) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether these words, three or more, occur in this order within one paragraph of the article. */
    boolean contains(List<String> words) {
        long[] hashes = shingles(words);
        return hashes.length > 0 && longestMatch(hashes, 0) >= hashes.length;
    }

    /** Every maximal run of at least {@code minWords} words that also occurs in the article, as [from, to) indexes. */
    List<int[]> sharedRuns(List<String> words, int minWords) {
        long[] hashes = shingles(words);
        List<int[]> runs = new ArrayList<>();
        for (int start = 0; start < hashes.length; start++) {
            int end = start + longestMatch(hashes, start) + SHINGLE - 1;
            if (end - start >= minWords) {
                addMerged(runs, start, end);
            }
        }
        return runs;
    }

    /** Overlapping matches are one copied run, reported once. */
    private static void addMerged(List<int[]> runs, int start, int end) {
        int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && start < last[1]) {
            last[1] = Math.max(last[1], end);
        } else {
            runs.add(new int[] {start, end});
        }
    }

    /** The most consecutive hashes from {@code from} on that match consecutive hashes of one paragraph. */
    private int longestMatch(long[] hashes, int from) {
        int best = 0;
        for (long[] paragraph : paragraphs) {
            for (int at = 0; at < paragraph.length; at++) {
                int length = 0;
                while (from + length < hashes.length && at + length < paragraph.length
                        && hashes[from + length] == paragraph[at + length]) {
                    length++;
                }
                best = Math.max(best, length);
            }
        }
        return best;
    }

    static long[] shingles(List<String> words) {
        long[] hashes = new long[Math.max(0, words.size() - SHINGLE + 1)];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return hashes;
    }

    private static long hash(String shingle) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shingle.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Writes the fingerprint of the article at {@code args[0]} to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ArticleFingerprint <article.txt> <fingerprint.txt>");
            System.exit(2);
        }
        ArticleFingerprint fingerprint = ofArticle(Files.readString(Path.of(args[0])));
        Files.writeString(Path.of(args[1]), fingerprint.format());
        System.out.println("wrote " + fingerprint.paragraphCount() + " paragraphs to " + args[1]);
    }
}
