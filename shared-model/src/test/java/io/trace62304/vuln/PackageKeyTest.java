package io.trace62304.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackageKeyTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "pkg:maven/org.apache.commons/commons-text@1.9?type=jar&classifier=sources, pkg:maven/org.apache.commons/commons-text",
        "pkg:maven/org.apache.commons/commons-text, pkg:maven/org.apache.commons/commons-text",
        "pkg:npm/%40angular/core@16.2.0, pkg:npm/@angular/core",
        "pkg:pypi/Requests_Toolbelt@1.0.0, pkg:pypi/requests-toolbelt",
        "pkg:golang/golang.org/x/net@v0.1.0#http2, pkg:golang/golang.org/x/net"
    })
    void shouldIgnoreVersionQualifiersAndSubpath(final String purl, final String coordinates) {
        assertThat(PackageKey.ofPurl(purl).orElseThrow().coordinates()).isEqualTo(coordinates);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "Maven, org.apache.commons:commons-text, pkg:maven/org.apache.commons/commons-text",
        "npm, lodash, pkg:npm/lodash",
        "npm, @angular/core, pkg:npm/@angular/core",
        "PyPI, Requests_Toolbelt, pkg:pypi/requests-toolbelt",
        "Go, golang.org/x/net, pkg:golang/golang.org/x/net",
        "crates.io, smallvec, pkg:cargo/smallvec",
        "RubyGems, rails, pkg:gem/rails",
        "Packagist, symfony/http-kernel, pkg:composer/symfony/http-kernel"
    })
    void shouldMapOsvEcosystemsToPackageUrlTypes(final String ecosystem, final String name, final String coordinates) {
        assertThat(PackageKey.ofOsv(ecosystem, name).orElseThrow().coordinates())
                .isEqualTo(coordinates);
    }

    @Test
    void shouldMatchAPackageNamedByPurlAndByEcosystem() {
        assertThat(PackageKey.ofOsv("npm", "@angular/core"))
                .isEqualTo(PackageKey.ofPurl("pkg:npm/@angular/core@16.2.0?x=y"));
        assertThat(PackageKey.ofOsv("Debian:12", "openssl")).isEmpty();
        assertThat(PackageKey.ofPurl("not a purl")).isEmpty();
        assertThat(PackageKey.ofPurl("pkg:maven/g/a@1").orElseThrow().type()).isEqualTo("maven");
    }
}
