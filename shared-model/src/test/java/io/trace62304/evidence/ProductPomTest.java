package io.trace62304.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trace62304.report.ReportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product version from a Maven POM (5.8.4): inherited from the parent, never a property. */
class ProductPomTest {
    @TempDir
    Path temp;

    private Path pom(final String body) throws IOException {
        return Files.writeString(temp.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                %s
                  <dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId><version>9</version></dependency></dependencies>
                </project>
                """.formatted(body));
    }

    @Test
    void shouldReadTheProjectsCoordinates() throws Exception {
        ReleaseIdentity identity = ProductPom.read(
                pom("<groupId>com.example</groupId><artifactId>infusion-pump</artifactId><version>1.4.0</version>"),
                ReleaseIdentity.Kind.RELEASE);

        assertThat(identity)
                .isEqualTo(new ReleaseIdentity(ReleaseIdentity.Kind.RELEASE, "com.example:infusion-pump", "1.4.0"));
        assertThat(identity.describe()).isEqualTo("release 1.4.0 of com.example:infusion-pump");
    }

    @Test
    void shouldInheritGroupAndVersionFromTheParent() throws Exception {
        Path file = pom("""
                  <parent><groupId>com.example</groupId><artifactId>parent</artifactId><version>2.1.0</version></parent>
                  <artifactId>pump-firmware</artifactId>""");

        assertThat(ProductPom.read(file, ReleaseIdentity.Kind.RELEASE_CANDIDATE))
                .isEqualTo(new ReleaseIdentity(
                        ReleaseIdentity.Kind.RELEASE_CANDIDATE, "com.example:pump-firmware", "2.1.0"));
    }

    @Test
    void shouldRefuseAPropertyVersionADoctypeAndOtherXml() throws IOException {
        assertThatThrownBy(() -> ProductPom.read(
                        pom("<groupId>g</groupId><artifactId>a</artifactId><version>${revision}</version>"),
                        ReleaseIdentity.Kind.RELEASE))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("pom.xml")
                .hasMessageContaining("the version is a property (${revision})");
        Path doctype = Files.writeString(temp.resolve("evil.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <project><groupId>g</groupId><artifactId>&x;</artifactId><version>1</version></project>
                """);
        assertThatThrownBy(() -> ProductPom.read(doctype, ReleaseIdentity.Kind.RELEASE))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("evil.xml");
        Path other = Files.writeString(temp.resolve("other.xml"), "<settings/>");
        assertThatThrownBy(() -> ProductPom.read(other, ReleaseIdentity.Kind.RELEASE))
                .hasMessageContaining("not a Maven POM");
    }
}
