package org.marsad.server;

/** A request the server refuses, with the HTTP status and a message for the client. */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String parameter;

    ApiException(int status, String message, String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    static ApiException badRequest(String parameter, String message) {
        return new ApiException(400, message, parameter);
    }

    static ApiException notFound(String what) {
        return new ApiException(404, what + " not found", null);
    }

    int status() {
        return status;
    }

    /** The query parameter at fault, or null. */
    String parameter() {
        return parameter;
    }
}
