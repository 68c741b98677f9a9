package io.keyprojects.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Samples a process's resident memory (VmRSS) every 200 ms and keeps the peak. */
final class RssSampler implements Runnable {
    private final String pid;
    private final Thread thread = new Thread(this, "rss-sampler");
    private volatile boolean running = true;
    private volatile long peakKb;

    RssSampler(String pid) {
        this.pid = pid;
    }

    void start() {
        if (pid != null) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    void stop() throws InterruptedException {
        running = false;
        if (pid != null) {
            thread.join(2000);
        }
    }

    long peakMb() {
        return peakKb / 1024;
    }

    static long rssKb(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            // the process is gone
        }
        return 0;
    }

    @Override
    public void run() {
        while (running) {
            peakKb = Math.max(peakKb, rssKb(pid));
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
