package dev.corekit.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * One exchange that tells its own listener the status just before the headers go out, so that the journal holds a
 * request before its client can see the answer. The listener belongs to this exchange alone: the JDK keeps an
 * exchange's attributes in its {@link HttpContext}, shared by every exchange served at the same time, so they cannot
 * carry it.
 */
public final class BeforeSendExchange extends HttpExchange {
    private final HttpExchange exchange;
    private volatile IntConsumer beforeSend = status -> {};

    /**
     * Wraps {@code exchange}; every call goes to it.
     *
     * @param exchange the exchange the server handed over
     */
    public BeforeSendExchange(HttpExchange exchange) {
        this.exchange = Objects.requireNonNull(exchange, "exchange");
    }

    /**
     * Tells {@code listener} the status just before the headers of this exchange go out; it replaces any earlier one.
     *
     * @param listener told the status sent
     */
    public void beforeSend(IntConsumer listener) {
        this.beforeSend = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
        beforeSend.accept(rCode);
        exchange.sendResponseHeaders(rCode, responseLength);
    }

    @Override
    public Headers getRequestHeaders() {
        return exchange.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return exchange.getResponseHeaders();
    }

    @Override
    public URI getRequestURI() {
        return exchange.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return exchange.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return exchange.getHttpContext();
    }

    @Override
    public void close() {
        exchange.close();
    }

    @Override
    public InputStream getRequestBody() {
        return exchange.getRequestBody();
    }

    @Override
    public OutputStream getResponseBody() {
        return exchange.getResponseBody();
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return exchange.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return exchange.getResponseCode();
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return exchange.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return exchange.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return exchange.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        exchange.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        exchange.setStreams(i, o);
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return exchange.getPrincipal();
    }
}
