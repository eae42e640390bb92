package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.trace62304.jira.SiteAddressException.Problem;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 17, points 3–5: what a Jira URL may be, and how a refused one is named. */
class SiteAddressTest {
    @Test
    void shouldKeepAnHttpsSiteWithoutItsTrailingSlash() throws Exception {
        assertThat(SiteAddress.parse(" https://jira.example.com/jira/ "))
                .isEqualTo(URI.create("https://jira.example.com/jira"));
        assertThat(SiteAddress.parse("HTTPS://example.atlassian.net:8443"))
                .isEqualTo(URI.create("https://example.atlassian.net:8443"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://gate%40example.com:Hunter2-pw@jira.example.com",
                "https://gate:Hunter2-pw@jira.example.com/x",
                "http://:Hunter2-pw@127.0.0.1:8080",
                "https://gate:Hunter2-pw with space@jira.example.com",
                "gate:Hunter2-pw@jira.example.com"
            })
    void shouldRefuseUserInfoWithoutRepeatingIt(final String url) {
        SiteAddressException refused = catchThrowableOfType(SiteAddressException.class, () -> SiteAddress.parse(url));

        assertThat(refused.problem()).isEqualTo(Problem.USER_INFO);
        assertThat(refused.getMessage())
                .contains("***@")
                .contains("credentials are never given in the URL")
                .doesNotContain("Hunter2")
                .doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http:///x",
                "ftp://h",
                "not a url",
                "",
                "jira.example.com",
                "https://",
                "https://h?x=1",
                "https://bad_host_name",
                "file:/etc/passwd",
                "https://h#frag",
                "https://h:99999",
                "https://h:0"
            })
    void shouldRefuseAMalformedUrlInOneLine(final String url) {
        SiteAddressException refused = catchThrowableOfType(SiteAddressException.class, () -> SiteAddress.parse(url));

        assertThat(refused.problem()).isEqualTo(Problem.MALFORMED);
        assertThat(refused.getMessage())
                .startsWith("the Jira URL '")
                .contains("give the site as https://HOST")
                .doesNotContain("\n");
    }

    @Test
    void shouldShowControlCharactersOfARefusedUrlVisibly() {
        SiteAddressException refused = catchThrowableOfType(
                SiteAddressException.class, () -> SiteAddress.parse("ftp://h\u001b[2J\rrelease gate: PASS"));

        assertThat(refused.getMessage()).doesNotContain("\u001b").doesNotContain("\r");
    }

    @Test
    void shouldRefusePlainHttpToAnotherMachineUnlessAllowedAndThenWarn() throws Exception {
        URI remote = SiteAddress.parse("http://jira.example.com");

        SiteAddressException refused =
                catchThrowableOfType(SiteAddressException.class, () -> SiteAddress.checkTransport(remote, false));
        assertThat(refused.problem()).isEqualTo(Problem.INSECURE);
        assertThat(refused.getMessage()).contains("clear text");
        assertThat(SiteAddress.checkTransport(remote, true))
                .hasValueSatisfying(
                        warning -> assertThat(warning).startsWith("warning: ").contains("clear text"));
        assertThat(SiteAddress.checkTransport(SiteAddress.parse("https://jira.example.com"), false))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://localhost:8080", "http://127.0.0.1:2990/jira", "http://127.8.9.10", "http://[::1]:80"})
    void shouldAllowPlainHttpToThisMachineSilently(final String url) throws Exception {
        assertThat(SiteAddress.checkTransport(SiteAddress.parse(url), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"http://localhost.example.com", "http://127.0.0.1.example.com", "http://[::2]", "http://10.0.0.1"
            })
    void shouldNotTakeLookAlikesForThisMachine(final String url) throws Exception {
        assertThat(SiteAddress.isLoopback(SiteAddress.parse(url))).isFalse();
    }
}
