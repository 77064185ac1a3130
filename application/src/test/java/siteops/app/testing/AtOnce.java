package siteops.app.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests sent at the same moment, each from its own thread: how races are provoked. */
public final class AtOnce {

    private AtOnce() {
    }

    /** The answers, in the order of the requests. */
    public static List<Api.Response> send(List<Callable<Api.Response>> requests) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(requests.size());
        CountDownLatch ready = new CountDownLatch(requests.size());
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (Callable<Api.Response> request : requests) {
                answers.add(senders.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return request.call();
                }));
            }
            List<Api.Response> received = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                received.add(answer.get());
            }
            return received;
        } finally {
            senders.shutdownNow();
        }
    }
}
