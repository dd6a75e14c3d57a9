package org.marsad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of inputs on several threads and hands the results to a consumer
 * in input order. At most {@code 4 × threads} inputs are in flight, so memory stays bounded on
 * archives of any size. With one thread everything runs on the caller's thread.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    public static <I, O> void run(Iterator<I> inputs, Function<I, O> work, Consumer<O> sink, int threads) {
        if (threads <= 1) {
            while (inputs.hasNext()) {
                sink.accept(work.apply(inputs.next()));
            }
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "marsad-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, tf);
        try {
            Deque<CompletableFuture<O>> window = new ArrayDeque<>();
            int max = threads * 4;
            while (inputs.hasNext()) {
                I in = inputs.next();
                window.add(CompletableFuture.supplyAsync(() -> work.apply(in), pool));
                if (window.size() >= max) {
                    sink.accept(join(window.removeFirst()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(join(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O join(CompletableFuture<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
