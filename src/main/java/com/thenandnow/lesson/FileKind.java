package com.thenandnow.lesson;

/** What a Markdown file of the lessons folder is, by its name; {@code _} files other than these three are ignored. */
public enum FileKind {
    LESSON, COURSE, GLOSSARY, TIMELINE, IGNORED;

    public static FileKind of(String fileName) {
        return switch (fileName) {
            case CourseFileParser.FILE_NAME -> COURSE;
            case GlossaryParser.FILE_NAME -> GLOSSARY;
            case TimelineParser.FILE_NAME -> TIMELINE;
            default -> fileName.startsWith("_") ? IGNORED : LESSON;
        };
    }

    /** The glossary and the timeline: files of entries, previewed as their pages. */
    public boolean isReference() {
        return this == GLOSSARY || this == TIMELINE;
    }
}
