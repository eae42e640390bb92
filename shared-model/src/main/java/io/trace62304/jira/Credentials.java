package io.trace62304.jira;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How the client authenticates: Basic (Cloud e-mail + API token; Data Center user + password) or Bearer (Data
 * Center personal access token; Cloud OAuth). {@code toString} names the scheme and user, never the secret.
 */
public sealed interface Credentials {
    static Credentials basic(final String user, final Secret secret) {
        return new Basic(user, secret);
    }

    static Credentials bearer(final Secret token) {
        return new Bearer(token);
    }

    /** The value of the {@code Authorization} header. */
    String authorization();

    /** E-mail or user name with an API token or password. */
    record Basic(String user, Secret secret) implements Credentials {
        @Override
        public String authorization() {
            return "Basic "
                    + Base64.getEncoder()
                            .encodeToString((user + ":" + secret.reveal()).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return "Basic(" + user + ", [secret])";
        }
    }

    /** A personal access token or OAuth access token. */
    record Bearer(Secret token) implements Credentials {
        @Override
        public String authorization() {
            return "Bearer " + token.reveal();
        }

        @Override
        public String toString() {
            return "Bearer([secret])";
        }
    }
}
