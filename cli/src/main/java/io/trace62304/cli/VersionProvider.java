package io.trace62304.cli;

import picocli.CommandLine.IVersionProvider;

/** Prints the version recorded in the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Trace62304.class.getPackage().getImplementationVersion();
        return new String[] {"trace62304 " + (version == null ? "(development build)" : version)};
    }
}
