package org.counterdesk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; a build run from classes has none. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Counterdesk " + (v == null ? "(development build)" : v)};
    }
}
