package io.trace62304.sbom;

import io.trace62304.report.ReportParser;
import io.trace62304.testing.Fixtures;
import io.trace62304.testing.XmlParserContract;
import java.io.IOException;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class CycloneDxXmlParserTest extends XmlParserContract<Sbom> {
    @Override
    protected ReportParser<Sbom> parser() {
        return new CycloneDxParser();
    }

    @Override
    protected Path fixture() {
        return Fixtures.of("cyclonedx-1.4.xml");
    }

    @Override
    protected Path foreignFixture() {
        return Fixtures.of("junit-nested.xml");
    }

    @Override
    protected String rootElement() {
        return "bom";
    }

    @Override
    protected void verify(final Sbom sbom, final SoftAssertions softly) {
        softly.assertThat(sbom.specVersion()).isEqualTo("1.4");
        softly.assertThat(sbom.components()).singleElement().satisfies(zlib -> {
            softly.assertThat(zlib.purl()).isEqualTo("pkg:generic/zlib@1.3.1");
            softly.assertThat(zlib.licenses()).containsExactly("zlib License");
        });
    }

    @Test
    void shouldRefuseAnyDoctypeBeforeTheLibrarySeesIt() throws IOException {
        assertRefused(
                write(
                        "doctype.xml",
                        "<!DOCTYPE bom SYSTEM \"bom.dtd\"><bom xmlns=\""
                                + "http://cyclonedx.org/schema/bom/1.4\" version=\"1\"/>"),
                "DOCTYPE declaration is not allowed");
    }
}
