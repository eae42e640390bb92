package io.trace62304.soup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackageUrlTest {
    @ParameterizedTest
    @CsvSource({
        "pkg:maven/org.apache/commons-text@1.9?type=jar, pkg:maven/org.apache/commons-text, 1.9",
        "PKG:Maven/org.apache/commons-text@1.9#sub/path, pkg:maven/org.apache/commons-text, 1.9",
        "pkg:npm/%40angular/core@16.2.0, pkg:npm/@angular/core, 16.2.0",
        "pkg:npm/@angular/core@16.2.0, pkg:npm/@angular/core, 16.2.0",
        "pkg:pypi/requests, pkg:pypi/requests, ''",
        "pkg:golang/github.com/gorilla/mux@v1.8.0, pkg:golang/github.com/gorilla/mux, v1.8.0"
    })
    void shouldReduceToCoordinatesAndVersion(final String text, final String coordinates, final String version) {
        PackageUrl purl = PackageUrl.parse(text).orElseThrow();

        assertThat(purl.coordinates()).isEqualTo(coordinates);
        assertThat(purl.version()).isEqualTo(version);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "maven/x/y@1", "pkg:", "pkg:maven", "pkg:maven/"})
    void shouldRefuseWhatIsNotAPackageUrl(final String text) {
        assertThat(PackageUrl.parse(text)).isEmpty();
    }

    @Test
    void shouldGiveNameAndText() {
        PackageUrl purl = PackageUrl.parse("pkg:maven/g/a@1?x=y").orElseThrow();

        assertThat(purl.name()).isEqualTo("a");
        assertThat(purl.text()).isEqualTo("pkg:maven/g/a@1");
        assertThat(PackageUrl.parse("pkg:maven/g/a").orElseThrow().text()).isEqualTo("pkg:maven/g/a");
    }
}
