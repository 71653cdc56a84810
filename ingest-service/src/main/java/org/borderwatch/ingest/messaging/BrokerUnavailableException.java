package org.borderwatch.ingest.messaging;

/** The broker did not acknowledge a record in time: the input is kept (inbox file) or refused with 503 (HTTP). */
public class BrokerUnavailableException extends Exception {
    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
