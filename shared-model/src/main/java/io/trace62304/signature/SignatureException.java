package io.trace62304.signature;

/** A signature could not be made: the key cannot sign, or the content could not be read. */
public final class SignatureException extends Exception {
    private static final long serialVersionUID = 1L;

    public SignatureException(final String message, final Throwable cause) {
        super(message, cause);
    }

    public SignatureException(final String message) {
        super(message);
    }
}
