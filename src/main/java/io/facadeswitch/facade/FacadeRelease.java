package io.facadeswitch.facade;

import java.util.List;

/**
 * A facade release read from disk: its name, the checksum of all its files, the definition files
 * in the order they apply, and its tests.
 */
public record FacadeRelease(String name, String checksum, List<FacadeFile> files) {

    public List<FacadeFile> definitions() {
        return files.stream().filter(f -> f.kind() == FacadeFile.Kind.FACADE).toList();
    }

    public List<FacadeFile> tests() {
        return files.stream().filter(f -> f.kind() == FacadeFile.Kind.TEST).toList();
    }

    public String shortChecksum() {
        return checksum.substring(0, 12);
    }
}
