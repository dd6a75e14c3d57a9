package org.marsad.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Turns what a user names on the command line into a lazy stream of {@link ArticleInput}s, choosing
 * a reader by file name:
 * <ul>
 *   <li>{@code .txt}: plain text with an optional {@code NAME.meta.json} sidecar ({@link PlainTextReader});</li>
 *   <li>{@code .html}, {@code .htm}: a web page ({@link HtmlReader});</li>
 *   <li>{@code .xml}, {@code .rss}, {@code .atom}: an RSS or Atom feed ({@link FeedReader});</li>
 *   <li>{@code .warc}, {@code .warc.gz}: the HTML responses of a web archive ({@link WarcArticles});</li>
 *   <li>{@code .jsonl}, {@code .ndjson}, {@code .json}: articles as JSON ({@link JsonArticles});</li>
 *   <li>{@code .urls}: a list of page URLs, one per line, {@code #} comments ({@link UrlFetcher});</li>
 *   <li>an {@code http(s)://} argument: that page;</li>
 *   <li>a folder: every file above under it, sorted (sidecars {@code .meta.json} are not articles).</li>
 * </ul>
 * A missing path, an unknown extension named explicitly, or an unreadable container becomes a
 * failed input, so that the caller reports it with the others. Files are opened one at a time, as
 * iteration reaches them.
 *
 * <p>Not thread-safe: one thread iterates.
 */
public final class ArticleSources implements Iterator<ArticleInput>, Closeable {
    private final Deque<String> pending;
    private final UrlFetcher fetcher;
    private Iterator<ArticleInput> current = List.<ArticleInput>of().iterator();
    private Closeable open;

    private ArticleSources(List<String> args, UrlFetcher fetcher) {
        this.pending = new ArrayDeque<>(args);
        this.fetcher = fetcher;
    }

    public static ArticleSources open(List<String> args) {
        return new ArticleSources(args, new UrlFetcher(Duration.ofSeconds(20)));
    }

    public static ArticleSources open(List<String> args, UrlFetcher fetcher) {
        return new ArticleSources(args, fetcher);
    }

    /** True for the files this class knows how to read. */
    public static boolean isArticleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".meta.json")) {
            return false;
        }
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xml")
                || n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".warc") || n.endsWith(".warc.gz")
                || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") || n.endsWith(".urls");
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            closeCurrent();
            if (pending.isEmpty()) {
                return false;
            }
            current = expand(pending.removeFirst());
        }
        return true;
    }

    @Override
    public ArticleInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Iterator<ArticleInput> expand(String arg) {
        if (UrlFetcher.isUrl(arg)) {
            return List.of(fetcher.input(arg)).iterator();
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            List<String> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).filter(ArticleSources::isArticleFile).sorted()
                        .forEach(f -> files.add(f.toString()));
            } catch (IOException e) {
                return failed(arg, "cannot list folder: " + e.getMessage());
            }
            for (int i = files.size() - 1; i >= 0; i--) {
                pending.addFirst(files.get(i));
            }
            return List.<ArticleInput>of().iterator();
        }
        if (!Files.exists(p)) {
            return failed(arg, "no such file or folder");
        }
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (n.endsWith(".txt")) {
                return List.of(new ArticleInput(arg, "text", () -> PlainTextReader.read(p))).iterator();
            }
            if (n.endsWith(".html") || n.endsWith(".htm")) {
                return List.of(new ArticleInput(arg, "html", () -> HtmlReader.read(p))).iterator();
            }
            if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
                return FeedReader.inputs(p).iterator();
            }
            if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
                WarcArticles w = WarcArticles.open(p);
                open = w;
                return w;
            }
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
                JsonArticles j = JsonArticles.open(p);
                open = j;
                return j;
            }
            if (n.endsWith(".urls")) {
                return urls(p);
            }
        } catch (InputException e) {
            return List.of(ArticleInput.failed(arg, "file", e)).iterator();
        }
        return failed(arg, "unknown kind of input (expected .txt, .html, .xml/.rss/.atom, .warc[.gz], "
                + ".jsonl/.json, .urls, a folder or an http(s) URL)");
    }

    private Iterator<ArticleInput> urls(Path p) {
        List<ArticleInput> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(p)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (!UrlFetcher.isUrl(l)) {
                    String o = p + ":" + (i + 1);
                    out.add(ArticleInput.failed(o, "url", new InputException(o, "not an http(s) URL: " + l)));
                } else {
                    out.add(fetcher.input(l));
                }
            }
        } catch (IOException e) {
            return failed(p.toString(), "cannot read URL list: " + e.getMessage());
        }
        return out.iterator();
    }

    private static Iterator<ArticleInput> failed(String arg, String problem) {
        return List.of(ArticleInput.failed(arg, "file", new InputException(arg, problem))).iterator();
    }

    private void closeCurrent() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException | RuntimeException e) {
                // closing a reader we finished with: nothing left to lose
            }
            open = null;
        }
    }

    @Override
    public void close() {
        closeCurrent();
        pending.clear();
    }
}
