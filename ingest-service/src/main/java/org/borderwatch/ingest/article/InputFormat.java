package org.borderwatch.ingest.article;

import java.util.Locale;
import java.util.Optional;

/** The input kinds the service accepts, by file extension or HTTP content type. */
public enum InputFormat {
    TEXT("text/plain"),
    MARKDOWN("text/markdown"),
    HTML("text/html"),
    JSON("application/json");

    private final String contentType;

    InputFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** By the file name's extension (case-insensitive); empty for anything else (zip, exe, no extension). */
    public static Optional<InputFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return switch (lower.substring(dot + 1)) {
            case "txt" -> Optional.of(TEXT);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "html", "htm" -> Optional.of(HTML);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** By the media type without parameters ({@code text/html; charset=utf-8} is HTML). */
    public static Optional<InputFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (format.contentType.equals(base)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
