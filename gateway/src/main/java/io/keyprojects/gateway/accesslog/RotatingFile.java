package io.keyprojects.gateway.accesslog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A log file that never grows past a size: a write that would take it beyond {@code maxBytes} first moves it to
 * {@code name.1} (and {@code name.1} to {@code name.2}, …, the oldest beyond {@code backups} deleted) and starts a
 * new one. Whole writes stay in one file: the access log writes whole lines, so no line is ever split. Used by one
 * thread (the {@link AccessLogWriter}'s).
 */
final class RotatingFile extends OutputStream {
    private final Path file;
    private final long maxBytes;
    private final int backups;
    private OutputStream out;
    private long size;

    RotatingFile(Path file, long maxBytes, int backups) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.backups = backups;
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        open();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (size > 0 && size + length > maxBytes) {
            rotate();
        }
        out.write(bytes, offset, length);
        size += length;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void rotate() throws IOException {
        out.close();
        Files.deleteIfExists(backup(backups));
        for (int n = backups - 1; n >= 1; n--) {
            if (Files.exists(backup(n))) {
                Files.move(backup(n), backup(n + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (backups > 0) {
            Files.move(file, backup(1), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(file);
        }
        open();
    }

    private void open() throws IOException {
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private Path backup(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }
}
