package org.marsad.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.marsad.document.Document;
import org.marsad.document.Metadata;

/**
 * Fetches article pages over HTTP(S) and reads them with {@link HtmlReader}: redirects followed,
 * a timeout per request, the charset from the {@code Content-Type} header (else from the page).
 * A status other than 200 or a body that is not HTML is a failed input naming the URL.
 *
 * <p>Thread-safe: one client serves all threads.
 */
public final class UrlFetcher {
    private static final String AGENT = "Marsad/0.1 (+https://github.com/marsad; research crawler)";
    private final Duration timeout;
    /** Made on the first fetch: building it sets up TLS, which a run over local files never uses. */
    private volatile HttpClient client;

    public UrlFetcher(Duration timeout) {
        this.timeout = timeout;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    c = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout)
                            .build();
                    client = c;
                }
            }
        }
        return c;
    }

    /** True for arguments that name a URL to fetch rather than a file. */
    public static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** An input that fetches and parses the page when read (on a worker thread). */
    public ArticleInput input(String url) {
        return new ArticleInput(url, "url", () -> fetch(url));
    }

    /** Fetches and parses one page. @throws InputException naming the URL */
    public Document fetch(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InputException(url, "not a valid URL: " + e.getMessage());
        }
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", AGENT)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1").GET().build();
        HttpResponse<byte[]> resp;
        try {
            resp = client().send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new InputException(url, "fetch failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(url, "fetch interrupted", e);
        }
        if (resp.statusCode() != 200) {
            throw new InputException(url, "HTTP status " + resp.statusCode());
        }
        String ct = resp.headers().firstValue("Content-Type").orElse("text/html").toLowerCase(Locale.ROOT);
        if (!ct.startsWith("text/html") && !ct.startsWith("application/xhtml")) {
            throw new InputException(url, "not an HTML page (Content-Type " + ct + ")");
        }
        String charset = null;
        int i = ct.indexOf("charset=");
        if (i >= 0) {
            charset = ct.substring(i + 8).replace("\"", "").split(";")[0].strip();
            if (!java.nio.charset.Charset.isSupported(charset)) {
                charset = null;
            }
        }
        String finalUrl = resp.uri().toString();
        String host = Optional.ofNullable(resp.uri().getHost()).orElse("web");
        Metadata hints = new Metadata(Optional.empty(), Optional.of(finalUrl), Optional.of(host), Optional.empty());
        return HtmlReader.parse(url, resp.body(), charset, finalUrl, LayoutText.idOf(finalUrl), hints);
    }
}
